using Pryton.Kernel.Bot.Outbound;
using Pryton.Kernel.Texts;

namespace Pryton.Kernel.Bot.Menu;

/// <summary>
/// A module's buttons for a player's main menu in a given state. Buttons are reply buttons that stand for commands
/// (or request a location or contact), so a press is routed by command in any language.
/// </summary>
/// <param name="Order">Where the buttons go among other modules' (lower first).</param>
/// <param name="Always">Shown in every state (help, language), after the state's own buttons.</param>
/// <param name="Help">What these buttons do in this situation, for /help (the player's role and phase, say).</param>
public sealed record MenuContribution(MenuState State, IReadOnlyList<Button> Buttons, int Order = 50, bool Always = false, TextRef? Help = null);
