using PauseBot.Tests.Support;

namespace PauseBot.Tests.Features.Pauses;

/// <summary>
/// The same lifecycle scenarios with the bot on PostgreSQL (the several-replicas store). Skipped with the reason when
/// PAUSEBOT_TEST_POSTGRES is not set; CI's .ci/run starts a server and sets it.
/// </summary>
public sealed class PauseLifecycleOnPostgresTests : PauseLifecycleEndToEndTests
{
    protected override Task<BotHost> StartBotAsync() => BotHost.StartAsync(provider: TestDatabases.Postgres);
}
