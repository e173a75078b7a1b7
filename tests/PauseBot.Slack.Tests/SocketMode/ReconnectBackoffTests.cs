using PauseBot.Slack.SocketMode;

namespace PauseBot.Slack.Tests.SocketMode;

public sealed class ReconnectBackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(1, 0.5, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(3, 2, 4)]
    [InlineData(7, 30, 60)]
    [InlineData(50, 30, 60)]
    public void Delay_DoublesPerAttemptWithinJitterAndCap(int attempt, double minSeconds, double maxSeconds)
    {
        Assert.Equal(minSeconds, ReconnectBackoff.Delay(attempt, Base, Max, 0).TotalSeconds, 3);
        Assert.Equal(maxSeconds, ReconnectBackoff.Delay(attempt, Base, Max, 1).TotalSeconds, 3);
    }

    [Fact]
    public void Delay_NoAttemptYet_Zero() => Assert.Equal(TimeSpan.Zero, ReconnectBackoff.Delay(0, Base, Max, 0.5));
}
