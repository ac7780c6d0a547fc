using Pryton.EndToEndTests.Probe;
using Pryton.Host.Configuration;
using Pryton.Testing;

namespace Pryton.EndToEndTests.Gateway;

/// <summary>One bot with the probe module for the whole fixture; each test uses people of its own.</summary>
public abstract class ProbeHostFixture
{
    protected BotTestHost Host { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartHost() => Host = await BotTestHost.StartAsync(Tweak, b => Autofac.RegistrationExtensions.RegisterInstance(b, new SlowGate { StartsOpen = true }),
        [ProbeModule.Descriptor], ProbeModule.Displaces);

    [OneTimeTearDown]
    public async Task StopHost() => await Host.DisposeAsync();

    protected virtual PrytonSettings Tweak(PrytonSettings settings) => settings;
}
