namespace Pryton.Modules.Registration.Bot.Flows;

/// <summary>A profile edit in progress: the car is asked in three steps and saved together.</summary>
internal sealed record EditDraft(string? CarBrand = null, string? CarColour = null);
