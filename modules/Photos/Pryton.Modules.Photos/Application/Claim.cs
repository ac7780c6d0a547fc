namespace Pryton.Modules.Photos.Application;

/// <summary>A found-car claim: who says they found whom, the photo, and where its decision stands.</summary>
internal sealed record Claim(
    long Id,
    long GameId,
    long SeekerId,
    long DriverId,
    string FileId,
    string Status,
    string Verdict,
    string? DriverAnswer,
    long? DecidedBy,
    DateTimeOffset CreatedAt)
{
    public bool Pending => Status == "pending";
}
