namespace Pryton.ArchitectureTests;

/// <summary>docs/architecture.md's event map is the code's: regenerate the blocks from the failure message when it drifts.</summary>
public sealed class ArchitectureDocTests
{
    private static readonly string Document = File.ReadAllText(Path.Combine(Solution.Root, "docs/architecture.md"));
    private static readonly IReadOnlyList<(string Event, string DeclaredBy, IReadOnlyList<string> HandledBy)> Map = EventMap.Build(Solution.ModuleAssemblies);

    [Test]
    public void EventTable_MatchesTheEventHandlersInTheCode()
    {
        var expected = EventMap.Table(Map);

        Assert.That(EventMap.Between(Document, EventMap.TableStart, EventMap.TableEnd), Is.EqualTo(expected),
            $"Put this between {EventMap.TableStart} and {EventMap.TableEnd}:\n{expected}");
    }

    [Test]
    public void EventDiagram_MatchesTheEventHandlersInTheCode()
    {
        var expected = EventMap.Diagram(Map);

        Assert.That(EventMap.Between(Document, EventMap.DiagramStart, EventMap.DiagramEnd), Is.EqualTo(expected),
            $"Put this between {EventMap.DiagramStart} and {EventMap.DiagramEnd}:\n{expected}");
    }

    [Test]
    public void Canary_AnEventHandledInTheCodeButMissingFromTheTable_IsNoticed()
    {
        var withExtra = Map.Append(("CanaryHappened", "canary", ["games"])).ToList();

        Assert.That(EventMap.Table(withExtra), Is.Not.EqualTo(EventMap.Between(Document, EventMap.TableStart, EventMap.TableEnd)));
    }
}
