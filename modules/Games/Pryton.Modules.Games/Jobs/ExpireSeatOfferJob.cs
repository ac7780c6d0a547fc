using Pryton.Kernel.Scheduling;
using Pryton.Modules.Games.Application;

namespace Pryton.Modules.Games.Jobs;

/// <summary>A seat offer's deadline passed: if still unanswered, the seat goes to the next in line. Idempotent.</summary>
internal sealed class ExpireSeatOfferJob(SignUp signUp) : IPrytonJob<ExpireSeatOfferData>
{
    public Task RunAsync(ExpireSeatOfferData data, CancellationToken ct) => signUp.ExpireOfferAsync(data.GameId, data.UserId, ct);
}
