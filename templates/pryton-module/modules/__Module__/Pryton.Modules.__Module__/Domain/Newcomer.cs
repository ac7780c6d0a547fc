namespace Pryton.Modules.__Module__.Domain;

/// <summary>A player who signed up since this module was added.</summary>
internal sealed class Newcomer
{
    public long UserId { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}
