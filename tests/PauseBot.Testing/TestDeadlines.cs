using PauseBot.Slack.Emulator;

namespace PauseBot.Testing;

/// <summary>
/// Slack's 3-second deadline in tests. Slack gives an app 3 s to ack a request (and to use a trigger id); the emulator and
/// <see cref="SlackTestClient"/> model it (<see cref="SlackEmulatorOptions.SlackDeadline"/>): a late event is retried with
/// <c>X-Slack-Retry-Num</c>/<c>X-Slack-Retry-Reason</c>, a late Socket Mode ack is lost, a late command throws
/// <see cref="SlackAckTimeoutException"/>. The tests of that behaviour drive it on a <c>FakeTimeProvider</c>.
/// <para>End-to-end tests on the real clock use <see cref="WallClock"/> instead. There a 3 s deadline measures the machine,
/// not the bot: on a cold 2-core CI runner shared with other builds, a correct bot's first request on a path (JIT, the EF
/// model, the first database connection) can take longer than 3 s. An ack-latency target is a benchmark (<c>bench/</c>),
/// never a wall-clock assertion in an ordinary test, so these tests only catch a handler that hangs.</para>
/// </summary>
public static class TestDeadlines
{
    /// <summary>The ack deadline (and trigger-id lifetime) of end-to-end tests on the real clock: 30 s.</summary>
    public static readonly TimeSpan WallClock = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gives <paramref name="emulator"/> the <see cref="WallClock"/> deadline when it runs on the real clock; an emulator on a
    /// test's own clock keeps Slack's 3 s. Returns the emulator.
    /// </summary>
    public static EmulatorState RelaxOnWallClock(EmulatorState emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        if (emulator.Time == TimeProvider.System) emulator.Deadline = WallClock;
        return emulator;
    }
}
