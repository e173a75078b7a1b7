using PauseBot.Configuration;
using PauseBot.Slack.SocketMode;

namespace PauseBot.Tests.Configuration;

public class SocketModeOptionsValidatorTests
{
    private static IEnumerable<string> FailuresOf(SocketModeOptions options) =>
        new SocketModeOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.Empty(FailuresOf(new SocketModeOptions()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Validate_ConnectionsOutsideSlacksLimit_Fails(int connections)
    {
        Assert.StartsWith("Slack:Socket:Connections must be between 1 and 10",
            Assert.Single(FailuresOf(new SocketModeOptions { Connections = connections })));
    }

    [Fact]
    public void Validate_EveryBadTiming_ListedTogether()
    {
        var failures = FailuresOf(new SocketModeOptions
        {
            ConnectionStagger = TimeSpan.FromSeconds(-1), ReconnectBaseDelay = TimeSpan.FromSeconds(5), ReconnectMaxDelay = TimeSpan.FromSeconds(1),
            PingInterval = TimeSpan.Zero, PingTimeout = TimeSpan.Zero, HelloTimeout = TimeSpan.Zero, EnvelopeMemoryCapacity = 0,
        }).ToList();

        string[] keys = ["ConnectionStagger", "ReconnectMaxDelay", "PingInterval", "PingTimeout", "HelloTimeout", "EnvelopeMemoryCapacity"];
        Assert.Equal(keys.Length, failures.Count);
        Assert.All(keys, k => Assert.Contains(failures, f => f.StartsWith("Slack:Socket:" + k, StringComparison.Ordinal)));
    }
}
