namespace Pryton.Contracts.Games;

/// <summary>
/// The live game settings of GAME-RULES §11, as admins set them. Durations and the minimum are copied into a game
/// when it is created; the switches are read at the moment they decide something.
/// </summary>
public sealed record GameSettings
{
    /// <summary>Nothing moves a game by itself: admins are told when something is due.</summary>
    public bool ManualControlMode { get; init; }

    public bool AutoStartGame { get; init; } = true;

    public bool AutoAssignRoles { get; init; } = true;

    /// <summary>The search starts as soon as every driver has hidden.</summary>
    public bool AutoStartSearching { get; init; } = true;

    /// <summary>The game ends as soon as every driver is found.</summary>
    public bool AutoEndGame { get; init; } = true;

    public bool NotifyOnPhaseChange { get; init; } = true;

    public bool NotifyOnRoleAssignment { get; init; } = true;

    /// <summary>Other players hear of finds, departures and zone exits.</summary>
    public bool NotifyOnParticipantAction { get; init; } = true;

    public bool AllowEarlyStart { get; init; } = true;

    /// <summary>A find needs an admin's approval; the driver's own confirmation is not asked for.</summary>
    public bool RequireAdminApproval { get; init; }

    /// <summary>Minutes a found claim may wait for a decision before admins are reminded of it (again).</summary>
    public int ClaimTimeoutMinutes { get; init; } = 5;

    /// <summary>A claim whose location check confirmed it is approved by itself once it has waited <see cref="ClaimTimeoutMinutes"/>.</summary>
    public bool AutoApproveConfirmedClaims { get; init; }

    public int HidingMinutes { get; init; } = 30;

    public int SearchingMinutes { get; init; } = 60;

    public int MinParticipantsToStart { get; init; } = 3;

    public int SeatOfferMinutes { get; init; } = 15;

    /// <summary>Minutes before a game's start at which its players are reminded; null keeps the operator's REMINDER_BEFORE_GAME.</summary>
    public IReadOnlyList<int>? ReminderMinutes { get; init; }

    /// <summary>The offsets an organiser can switch on and off.</summary>
    public static IReadOnlyList<int> ReminderChoices { get; } = [1440, 720, 180, 60, 30, 15, 5];

    /// <summary>Minutes before the start at which roles are drawn and told to the players; 0 draws them at the start.</summary>
    public int RoleDrawMinutesBefore { get; init; }
}
