namespace Pryton.Kernel.UnitOfWork;

internal sealed class AfterCommitActions : IAfterCommit
{
    private readonly List<Action> actions = [];

    public void Add(Action action) => actions.Add(action);

    public void Run()
    {
        foreach (var action in actions)
        {
            action();
        }
    }
}
