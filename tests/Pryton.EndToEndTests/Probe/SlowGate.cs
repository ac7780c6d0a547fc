namespace Pryton.EndToEndTests.Probe;

/// <summary>Holds /slow mid-update until a test opens it, so the host can be stopped inside an update.</summary>
public sealed class SlowGate
{
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool StartsOpen { get; set; }

    public Task Entered => entered.Task;

    public void Open() => opened.TrySetResult();

    public async Task PassAsync(CancellationToken ct)
    {
        entered.TrySetResult();
        if (!StartsOpen)
        {
            await opened.Task.WaitAsync(ct);
        }
    }
}
