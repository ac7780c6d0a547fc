namespace Pryton.Contracts.Games;

/// <summary>Why a game plan cannot be scheduled.</summary>
public enum PlanProblem
{
    Title,
    Description,
    InThePast,
    Capacity,
    Drivers,
    MinParticipants,
    Duration,
    UnknownDistrict,
}
