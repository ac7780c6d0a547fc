using Microsoft.Extensions.Logging;
using Pryton.Kernel.Observability;

namespace Pryton.Kernel.Tests;

public sealed class GameLogScopeTests
{
    [Test]
    public void JobDataOrEventWithAGameId_PutsItOnTheLogScope()
    {
        var logger = new ScopeRecorder();

        using (GameLogScope.Begin(logger, new { GameId = 1842L, Phase = "hiding" }))
        {
        }

        Assert.That(logger.Scopes, Has.One.Items.EqualTo(new Dictionary<string, object> { ["GameId"] = 1842L }));
    }

    [Test]
    public void SomethingWithoutAGameId_OpensNoScope()
    {
        var logger = new ScopeRecorder();

        Assert.That(GameLogScope.Begin(logger, new { UserId = 5L }), Is.Null);
        Assert.That(GameLogScope.Begin(logger, new { GameId = "not a number" }), Is.Null);
        Assert.That(logger.Scopes, Is.Empty);
    }

    private sealed class ScopeRecorder : ILogger
    {
        public List<object> Scopes { get; } = [];

        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            Scopes.Add(state);
            return new Scope();
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }

        private sealed class Scope : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
