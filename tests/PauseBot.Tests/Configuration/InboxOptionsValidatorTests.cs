using PauseBot.Configuration;
using PauseBot.Inbox;

namespace PauseBot.Tests.Configuration;

public class InboxOptionsValidatorTests
{
    private static IEnumerable<string> FailuresOf(InboxOptions options) =>
        new InboxOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_Defaults_Succeed() => Assert.Empty(FailuresOf(new InboxOptions()));

    [Fact]
    public void Validate_EveryBadValue_ListedTogether()
    {
        var options = new InboxOptions
        {
            PollInterval = TimeSpan.Zero, Lease = TimeSpan.Zero, Concurrency = 0, MaxAttempts = 0, RetryDelay = TimeSpan.Zero,
            MaxBackoff = TimeSpan.Zero, Retention = TimeSpan.Zero, ShutdownGrace = TimeSpan.FromSeconds(-1),
        };

        var failures = FailuresOf(options).ToList();

        string[] keys = ["PollInterval", "Lease", "Concurrency", "MaxAttempts", "RetryDelay", "MaxBackoff", "Retention", "ShutdownGrace"];
        Assert.Equal(keys.Length, failures.Count);
        Assert.All(keys, k => Assert.Contains(failures, f => f.StartsWith("Inbox:" + k, StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_RetryDelayLongerThanMaxBackoff_Fails() =>
        Assert.StartsWith("Inbox:RetryDelay (00:10:00) must not be longer than Inbox:MaxBackoff (00:05:00)",
            Assert.Single(FailuresOf(new InboxOptions { RetryDelay = TimeSpan.FromMinutes(10) })));

    [Fact]
    public void Validate_LeaseShorterThanThreePolls_Fails() =>
        Assert.StartsWith("Inbox:Lease (00:00:02) must be at least three times Inbox:PollInterval (00:00:01)",
            Assert.Single(FailuresOf(new InboxOptions { Lease = TimeSpan.FromSeconds(2) })));

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(9, 300)]
    public void Backoff_DoublesFromTheRetryDelayUpToTheMaximum(int attempt, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), DatabaseSlackInbox.Backoff(attempt, new InboxOptions()));
}
