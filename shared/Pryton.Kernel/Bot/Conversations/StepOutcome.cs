namespace Pryton.Kernel.Bot.Conversations;

public enum StepOutcome
{
    Next,
    Stay,
    Done,
    Abort,
}
