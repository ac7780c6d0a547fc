namespace Pryton.Modules.Registration.Domain;

/// <summary>The outcome of checking one answer: the normalised value, or the text key that explains what is wrong.</summary>
internal readonly record struct FieldCheck(string? Value, string? Error)
{
    public bool Ok => Error is null;

    public static FieldCheck Valid(string value) => new(value, null);

    public static FieldCheck Invalid(string errorKey) => new(null, errorKey);
}
