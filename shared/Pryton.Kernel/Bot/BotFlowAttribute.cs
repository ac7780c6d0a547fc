namespace Pryton.Kernel.Bot;

/// <summary>
/// Names a conversation flow. The name is stored with every open conversation and doubles as the callback action of
/// the flow's own buttons (<c>&lt;module&gt;:&lt;flow&gt;:&lt;value&gt;</c>), so renaming it takes a data migration.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BotFlowAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>
    /// Who may answer it: checked on every answer and button, so somebody who lost the right (an admin revoked in the
    /// middle of a wizard) is stopped at the next step.
    /// </summary>
    public Audience Audience { get; init; } = Audience.Anyone;
}
