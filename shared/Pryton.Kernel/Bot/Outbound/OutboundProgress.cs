using Pryton.Kernel.Database;

namespace Pryton.Kernel.Bot.Outbound;

/// <summary>Counts a tagged batch's rows of <c>kernel.outbound</c> by status.</summary>
internal sealed class OutboundProgress(DbSession session) : IOutboundProgress
{
    public async Task<DeliveryProgress> ProgressAsync(string tag, CancellationToken ct)
    {
        await using var command = session.Command("""
            SELECT count(*) FILTER (WHERE status = 'pending'), count(*) FILTER (WHERE status = 'sent'),
                   count(*) FILTER (WHERE status = 'failed'), count(*) FILTER (WHERE status = 'dropped')
            FROM kernel.outbound WHERE tag = @tag
            """);
        command.Parameters.AddWithValue("tag", tag);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return new DeliveryProgress((int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3));
    }
}
