using PauseBot.Slack.WebApi;

namespace PauseBot.Slack.Inbound;

/// <summary>The bot's own ids, from <c>auth.test</c>: its user id (U…/W…), bot id (B…) and workspace.</summary>
public sealed record BotIdentity(string UserId, string BotId, string TeamId);

/// <summary>Supplies the bot's identity, used to ignore the bot's own events.</summary>
public interface IBotIdentityProvider
{
    ValueTask<BotIdentity> GetAsync(CancellationToken ct);
}

/// <summary>Default <see cref="IBotIdentityProvider"/>: calls <c>auth.test</c> once and caches the answer (failures are retried on the next call).</summary>
public sealed class AuthTestBotIdentityProvider(IAuthApi auth) : IBotIdentityProvider
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private BotIdentity? identity;

    public async ValueTask<BotIdentity> GetAsync(CancellationToken ct)
    {
        if (identity is not null) return identity;
        await gate.WaitAsync(ct);
        try
        {
            if (identity is null)
            {
                var test = await auth.TestAsync(ct);
                identity = new BotIdentity(test.UserId ?? "", test.BotId ?? "", test.TeamId ?? "");
            }
            return identity;
        }
        finally
        {
            gate.Release();
        }
    }
}
