using PauseBot.Configuration;
using PauseBot.Outbox;

namespace PauseBot.Tests.Configuration;

public class OutboxOptionsValidatorTests
{
    private static IEnumerable<string> FailuresOf(OutboxOptions options) =>
        new OutboxOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Validate_Defaults_Succeed()
    {
        Assert.Empty(FailuresOf(new OutboxOptions()));
    }

    [Fact]
    public void Validate_EveryBadValue_ListedTogether()
    {
        var options = new OutboxOptions
        {
            PollInterval = TimeSpan.Zero, PerTargetSpacing = TimeSpan.FromSeconds(-1), BatchSize = 0, MaxBackoff = TimeSpan.Zero,
            Parallelism = 0, DefaultPerMinute = 0, PaceMargin = TimeSpan.FromSeconds(-1), AdaptAfterCalls = 0,
            MaxAttemptsOnUndocumentedError = 0,
        };
        options.MethodsPerMinute["chat.update"] = 0;

        var failures = FailuresOf(options).ToList();

        string[] keys = ["PollInterval", "PerTargetSpacing", "BatchSize", "MaxBackoff", "Parallelism", "MethodsPerMinute:chat.update",
            "DefaultPerMinute", "PaceMargin", "AdaptAfterCalls", "MaxAttemptsOnUndocumentedError"];
        Assert.Equal(keys.Length, failures.Count);
        Assert.All(keys, k => Assert.Contains(failures, f => f.StartsWith("Outbox:" + k, StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_PaceHoldLongerThanTheLease_Fails()
    {
        var failure = Assert.Single(FailuresOf(new OutboxOptions { Lease = TimeSpan.FromSeconds(2), MaxPaceHold = TimeSpan.FromSeconds(3) }));

        Assert.StartsWith("Outbox:MaxPaceHold (00:00:03) must not be longer than Outbox:Lease (00:00:02)", failure);
    }
}
