using System.Reflection;

namespace Pryton.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    private static IEnumerable<Assembly> Modules => Solution.ModuleAssemblies;

    [Test]
    public void Discovery_FindsTheSevenProductModules() =>
        Assert.That(Modules.Select(m => m.GetName().Name), Is.SupersetOf(new[]
        {
            "Pryton.Modules.Admin", "Pryton.Modules.Games", "Pryton.Modules.Geo", "Pryton.Modules.Notifications",
            "Pryton.Modules.Photos", "Pryton.Modules.Registration", "Pryton.Modules.Roles",
        }));

    [TestCaseSource(nameof(Modules))]
    public void Module_ReferencesNoOtherModuleNorTheHost(Assembly module) =>
        Assert.That(ArchitectureRules.ModuleReferencesNoOtherModule(module, module.GetName().Name!), Is.Empty);

    [Test]
    public void Canary_ReferencingAnotherModule_IsFlagged() =>
        Assert.That(ArchitectureRules.ModuleReferencesNoOtherModule(Solution.Canary, "Pryton.Modules.Canary"),
            Has.Some.Contains("Pryton.Modules.Games"));

    [Test]
    public void Host_NamesNoModuleType() =>
        Assert.That(ArchitectureRules.NamesNoModuleType(Solution.Host), Is.Empty);

    [Test]
    public void Canary_NamingAModuleType_IsFlagged() =>
        Assert.That(ArchitectureRules.NamesNoModuleType(Solution.Canary), Has.Some.Contains("Pryton.Modules.Games.GamesModule"));

    [Test]
    public void Contracts_ReferenceOnlyTheBcl() =>
        Assert.That(ArchitectureRules.ReferencesOnlyTheBcl(Solution.Contracts), Is.Empty);

    [Test]
    public void Canary_ReferencingPackages_IsFlaggedAsNotBcl() =>
        Assert.That(ArchitectureRules.ReferencesOnlyTheBcl(Solution.Canary), Has.Some.Contains("Pryton.Kernel"));

    [TestCaseSource(nameof(Modules))]
    public void Module_ExportsOnlyItsModuleClassAndMigrations(Assembly module) =>
        Assert.That(ArchitectureRules.ExportsOnlyModuleAndMigrations(module), Is.Empty);

    [Test]
    public void Canary_ExportingOtherTypes_IsFlagged() =>
        Assert.That(ArchitectureRules.ExportsOnlyModuleAndMigrations(Solution.Canary), Has.Some.Contains("ReachesIntoAnotherModule"));

    [TestCaseSource(nameof(Modules))]
    public void Module_DeclaresOneModuleClassKeyedAfterItself(Assembly module) =>
        Assert.That(ArchitectureRules.DeclaresExactlyOneMatchingModule(module), Is.Empty);

    [Test]
    public void Canary_WithTwoModuleClasses_IsFlagged() =>
        Assert.That(ArchitectureRules.DeclaresExactlyOneMatchingModule(Solution.Canary), Has.Some.Contains("2 module classes"));

    [TestCaseSource(nameof(Modules))]
    public void Module_DeclaresNoIntegrationEvent(Assembly module) =>
        Assert.That(ArchitectureRules.DeclaresNoIntegrationEvent(module), Is.Empty);

    [Test]
    public void Canary_DeclaringAnEvent_IsFlagged() =>
        Assert.That(ArchitectureRules.DeclaresNoIntegrationEvent(Solution.Canary), Has.Some.Contains("CanaryHappened"));

    [TestCaseSource(nameof(ModuleProjects))]
    public void ModuleProject_ReferencesOnlyKernelAndContracts(string csproj) =>
        Assert.That(ArchitectureRules.ProjectReferencesOnlyKernelAndContracts(csproj), Is.Empty);

    [Test]
    public void CanaryProject_ReferencingModules_IsFlagged() =>
        Assert.That(ArchitectureRules.ProjectReferencesOnlyKernelAndContracts(
                Path.Combine(Solution.Root, "tests/Pryton.ArchitectureTests.Canary/Pryton.ArchitectureTests.Canary.csproj")),
            Has.Some.Contains("Pryton.Modules.Games.csproj"));

    private static IEnumerable<string> ModuleProjects => Solution.ModuleProjects;
}
