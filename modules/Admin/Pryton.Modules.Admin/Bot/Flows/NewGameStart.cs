using Pryton.Contracts.Geo;
using Pryton.Kernel.Bot;

namespace Pryton.Modules.Admin.Bot.Flows;

/// <summary>Opens the create-game wizard — unless there is no district to hold a game in yet.</summary>
internal sealed class NewGameStart(IDistrictDirectory districts)
{
    public async Task OpenAsync(UpdateContext ctx, CancellationToken ct)
    {
        if ((await districts.ListActiveAsync(ct)).Count == 0)
        {
            ctx.Reply("admin.new.no-districts");
            return;
        }

        ctx.StartFlow<NewGameFlow>(new NewGameDraft());
    }
}
