namespace Pryton.Modules.Registration.Bot.Flows;

internal enum AnswerKind
{
    Value,
    Skip,
    Back,
    Invalid,
}
