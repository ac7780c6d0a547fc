using Pryton.Contracts.Games;

namespace Pryton.Modules.Admin.Bot;

/// <summary>
/// Every live game setting the organisers may change: switches, and numbers with their allowed range and step. The
/// short code travels in the buttons; the text key names it on the screen.
/// </summary>
internal static class SettingsCatalog
{
    public static readonly IReadOnlyList<Switch> Switches =
    [
        new("manual", s => s.ManualControlMode, (s, v) => s with { ManualControlMode = v }),
        new("autostart", s => s.AutoStartGame, (s, v) => s with { AutoStartGame = v }),
        new("autoroles", s => s.AutoAssignRoles, (s, v) => s with { AutoAssignRoles = v }),
        new("autosearch", s => s.AutoStartSearching, (s, v) => s with { AutoStartSearching = v }),
        new("autoend", s => s.AutoEndGame, (s, v) => s with { AutoEndGame = v }),
        new("early", s => s.AllowEarlyStart, (s, v) => s with { AllowEarlyStart = v }),
        new("approval", s => s.RequireAdminApproval, (s, v) => s with { RequireAdminApproval = v }),
        new("autoapprove", s => s.AutoApproveConfirmedClaims, (s, v) => s with { AutoApproveConfirmedClaims = v }),
        new("phases", s => s.NotifyOnPhaseChange, (s, v) => s with { NotifyOnPhaseChange = v }),
        new("roles", s => s.NotifyOnRoleAssignment, (s, v) => s with { NotifyOnRoleAssignment = v }),
        new("actions", s => s.NotifyOnParticipantAction, (s, v) => s with { NotifyOnParticipantAction = v }),
    ];

    public static readonly IReadOnlyList<Number> Numbers =
    [
        new("hiding", GamePlan.PhaseMinutesMin, GamePlan.HidingMinutesMax, 5, s => s.HidingMinutes, (s, v) => s with { HidingMinutes = v }),
        new("searching", GamePlan.PhaseMinutesMin, GamePlan.SearchingMinutesMax, 5, s => s.SearchingMinutes, (s, v) => s with { SearchingMinutes = v }),
        new("minimum", GamePlan.CapacityMin, GamePlan.CapacityMax, 1, s => s.MinParticipantsToStart, (s, v) => s with { MinParticipantsToStart = v }),
        new("offer", 1, 120, 5, s => s.SeatOfferMinutes, (s, v) => s with { SeatOfferMinutes = v }),
        new("draw", 0, 120, 5, s => s.RoleDrawMinutesBefore, (s, v) => s with { RoleDrawMinutesBefore = v }),
        new("claim", 1, 60, 1, s => s.ClaimTimeoutMinutes, (s, v) => s with { ClaimTimeoutMinutes = v }),
    ];

    internal sealed record Switch(string Code, Func<GameSettings, bool> Get, Func<GameSettings, bool, GameSettings> With);

    internal sealed record Number(string Code, int Min, int Max, int Step, Func<GameSettings, int> Get, Func<GameSettings, int, GameSettings> With)
    {
        /// <summary>One step up or down, kept in range; a value below a step (1 of step 5) goes to the next multiple.</summary>
        public int Moved(int value, bool up) => Math.Clamp(up ? (value / Step * Step) + Step : ((value + Step - 1) / Step * Step) - Step, Min, Max);
    }
}
