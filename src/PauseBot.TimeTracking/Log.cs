using Microsoft.Extensions.Logging;

namespace PauseBot.TimeTracking;

/// <summary>All log messages of the time-tracking layer. Never pass tokens, API keys, headers or request bodies.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "{Tracker} {Operation} answered {StatusCode}")]
    public static partial void Answered(ILogger logger, TrackerKind tracker, string operation, int statusCode);

    [LoggerMessage(2, LogLevel.Warning, "{Tracker} {Operation} failed: {Kind} ({StatusCode})")]
    public static partial void Failed(ILogger logger, TrackerKind tracker, string operation, TrackerFailureKind kind, int? statusCode);

    [LoggerMessage(3, LogLevel.Information, "{Tracker} call {Path} retried (attempt {Attempt}, status {StatusCode}, {Error}) after {Delay}")]
    public static partial void Retry(ILogger logger, string tracker, string path, int attempt, int? statusCode, string? error, TimeSpan delay);

    [LoggerMessage(4, LogLevel.Warning, "{Tracker} {Operation} answered a body PauseBot could not read")]
    public static partial void Unreadable(ILogger logger, TrackerKind tracker, string operation);

    [LoggerMessage(5, LogLevel.Information, "{Tracker} found no user emails for {Operation} ({Kind}); entries are reported without email")]
    public static partial void EmailsUnavailable(ILogger logger, TrackerKind tracker, string operation, TrackerFailureKind kind);

    [LoggerMessage(6, LogLevel.Warning, "{Tracker} listing for {Operation} stopped after {Pages} pages")]
    public static partial void PageLimit(ILogger logger, TrackerKind tracker, string operation, int pages);
}
