namespace Pryton.Modules.Registration.Bot.Flows;

/// <summary>What the user answered to a profile question.</summary>
internal sealed record Answer(AnswerKind Kind, string? Value = null, string? Error = null)
{
    public static Answer Back { get; } = new(AnswerKind.Back);

    public static Answer Skip { get; } = new(AnswerKind.Skip);

    public static Answer Of(Domain.FieldCheck check) =>
        check.Ok ? new Answer(AnswerKind.Value, check.Value) : new Answer(AnswerKind.Invalid, Error: check.Error);

    public static Answer Invalid(string errorKey) => new(AnswerKind.Invalid, Error: errorKey);
}
