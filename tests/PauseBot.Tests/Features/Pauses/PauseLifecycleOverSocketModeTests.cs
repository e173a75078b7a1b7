using PauseBot.Tests.Support;

namespace PauseBot.Tests.Features.Pauses;

/// <summary>
/// The lifecycle scenarios again, with the bot deployed Socket-Mode-only (bot token + app token, no signing secret):
/// every command arrives as a <c>slash_commands</c> envelope and the reply is the ack's payload.
/// </summary>
public sealed class PauseLifecycleOverSocketModeTests : PauseLifecycleEndToEndTests
{
    protected override Task<BotHost> StartBotAsync() => BotHost.StartSocketModeAsync();
}
