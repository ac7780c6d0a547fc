using Autofac;
using Pryton.ArchitectureTests.Canary;
using Pryton.Kernel.Bot;
using Pryton.Kernel.Modules;
using Pryton.Modules.Games;

namespace Pryton.Kernel.Tests;

public sealed class ModuleCatalogTests
{
    [Test]
    public void Create_TwoModulesClaimTheSameSchema_FailsNamingBoth()
    {
        var games = new ModuleDescriptor(new GamesModule(), typeof(GamesModule).Assembly);
        var canary = new ModuleDescriptor(new CanaryModule(), typeof(CanaryModule).Assembly);

        var error = Assert.Throws<ModuleConflictException>(() => ModuleCatalog.Create([games, canary]));

        Assert.That(error!.Message, Does.Contain("GamesModule").And.Contain("CanaryModule").And.Contain("'games'"));
    }

    [Test]
    public void Create_TwoModulesClaimTheSameCommand_FailsNamingBoth()
    {
        var canary = new ModuleDescriptor(new SecondCanaryModule(), typeof(SecondCanaryModule).Assembly);
        var other = new ModuleDescriptor(new JoinClaimingModule(), typeof(JoinClaimingModule).Assembly);

        var error = Assert.Throws<ModuleConflictException>(() => ModuleCatalog.Create([canary, other]));

        Assert.That(error!.Message, Does.Contain("SecondCanaryModule").And.Contain("JoinClaimingModule").And.Contain("/join"));
    }

    [TestCase("kernel")]
    [TestCase("quartz")]
    [TestCase("Games")]
    [TestCase("")]
    public void Create_ModuleWithReservedOrMalformedKey_Fails(string key)
    {
        var module = new ModuleDescriptor(new KeyedModule(key), typeof(KeyedModule).Assembly);

        Assert.Throws<ModuleConflictException>(() => ModuleCatalog.Create([module]));
    }

    [Test]
    public void Find_ByNameOrKey_FindsTheModuleAndTheKernel()
    {
        var catalog = ModuleCatalog.Create([new ModuleDescriptor(new GamesModule(), typeof(GamesModule).Assembly)]);

        Assert.Multiple(() =>
        {
            Assert.That(catalog.Find("Games")?.Key, Is.EqualTo("games"));
            Assert.That(catalog.Find("games")?.Key, Is.EqualTo("games"));
            Assert.That(catalog.Find("GamesModule")?.Key, Is.EqualTo("games"));
            Assert.That(catalog.Find("kernel")?.IsKernel, Is.True);
            Assert.That(catalog.Find("nope"), Is.Null);
        });
    }

    [Test]
    public void Discover_AssemblyWithTwoModuleClasses_Fails()
    {
        var error = Assert.Throws<ModuleConflictException>(() => ModuleDiscovery.Discover([typeof(CanaryModule).Assembly]));

        Assert.That(error!.Message, Does.Contain("more than one module"));
    }

    [BotCommand("join", Audience.Player)]
    private sealed class JoinClaimingModule : IPrytonModule
    {
        public string Key => "joiner";

        public void Register(ContainerBuilder builder)
        {
            // Only its command claim matters here.
        }
    }

    private sealed class KeyedModule(string key) : IPrytonModule
    {
        public string Key => key;

        public void Register(ContainerBuilder builder)
        {
            // Only its key matters here.
        }
    }
}
