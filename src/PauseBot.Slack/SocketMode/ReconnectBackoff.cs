namespace PauseBot.Slack.SocketMode;

/// <summary>
/// Wait before reconnect attempt <c>n</c> (1-based): <c>base·2^(n-1)</c> capped at the maximum, with "equal jitter"
/// (between half and all of it) so several connections or replicas do not reconnect in lockstep.
/// </summary>
internal static class ReconnectBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitter01)
    {
        if (attempt < 1 || baseDelay <= TimeSpan.Zero) return TimeSpan.Zero;
        var exponent = Math.Min(attempt - 1, 30);
        var full = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), Math.Max(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds));
        var clamped = Math.Clamp(jitter01, 0, 1);
        return TimeSpan.FromMilliseconds(full / 2 + full / 2 * clamped);
    }
}
