namespace Pryton.Modules.Photos.Application;

/// <summary>What a found-car claim came to when submitted.</summary>
internal enum ClaimOutcome
{
    Submitted,
    AlreadyPending,
    NotSearching,
    NotASeeker,
    DriverNotHidden,
}
