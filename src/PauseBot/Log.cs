namespace PauseBot;

/// <summary>Every log line the host writes. Tokens and secrets never appear; user text only at Debug.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not list members of {ChannelId}: {SlackError}")]
    public static partial void MembersFailed(ILogger logger, string channelId, string slackError);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered outbox {OutboxId} ({Kind}) to {Target} as {Ts}")]
    public static partial void OutboxDelivered(ILogger logger, Guid outboxId, string kind, string target, string? ts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {OutboxId} to {Target} was posted although its answer was lost: found as {Ts}, not posted again")]
    public static partial void OutboxFoundPosted(ILogger logger, Guid outboxId, string target, string? ts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {OutboxId} to {Target} failed (attempt {Attempt}): {Error}; retry at {RetryAt}")]
    public static partial void OutboxFailed(ILogger logger, Guid outboxId, string target, int attempt, string error, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {OutboxId} to {Target} given up: {Error}")]
    public static partial void OutboxDead(ILogger logger, Guid outboxId, string target, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox loop failed; retrying")]
    public static partial void OutboxLoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timed transition on {ProjectKey}: {Transition}")]
    public static partial void TimedTransition(ILogger logger, string projectKey, string transition);

    [LoggerMessage(Level = LogLevel.Error, Message = "Due-transition sweep failed; retrying")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Command} {Verb} by {UserId}: {Outcome}")]
    public static partial void CommandHandled(ILogger logger, string command, string verb, string userId, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox: no Slack credentials in Development, so PauseBot runs against a local Slack emulator; open {PageUrl} to try it. It starts from its seed every run (chordus registered, not paused, channels empty; {DatabaseFile} emptied), so the page and the bot agree. Set Slack:BotToken and Slack:SigningSecret to connect to real Slack.")]
    public static partial void SandboxStarted(ILogger logger, Uri pageUrl, string databaseFile);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox reset to its seed")]
    public static partial void SandboxReset(ILogger logger);
    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {WebhookId} disabled: failing since {FailingSince}")]
    public static partial void WebhookDisabled(ILogger logger, int webhookId, DateTimeOffset failingSince);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish App Home for {UserId}: {SlackError}")]
    public static partial void HomePublishFailed(ILogger logger, string userId, string slackError);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not show the backdate confirmation's result in {UserId}'s form: {SlackError}")]
    public static partial void BackdateViewNotUpdated(ILogger logger, string userId, string slackError);

    [LoggerMessage(Level = LogLevel.Information, Message = "Status schedule {ScheduleId} fired for {FireTime}: {Result}")]
    public static partial void ScheduleFired(ILogger logger, int scheduleId, DateTimeOffset fireTime, string result);

    [LoggerMessage(Level = LogLevel.Information, Message = "Promise on {ProjectKey} due {Due} not kept; heartbeat posted, next due {NextDue}")]
    public static partial void PromiseHeartbeat(ILogger logger, string projectKey, DateTimeOffset due, DateTimeOffset nextDue);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synced {Count} status schedules with the scheduler")]
    public static partial void SchedulesSynced(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The scheduler could not start; stopping")]
    public static partial void SchedulerFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tracker hours check of {ProjectKey} failed; retrying next interval")]
    public static partial void TrackerCheckFailed(ILogger logger, Exception exception, string projectKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tracker hours check of {ProjectKey} could not read {Tracker}: {Kind}")]
    public static partial void TrackerCheckUnread(ILogger logger, string projectKey, string tracker, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tracker hours check of {ProjectKey}: {Count} entries logged after the cutoff in {Tracker}")]
    public static partial void TrackerLateHours(ILogger logger, string projectKey, int count, string tracker);

    [LoggerMessage(Level = LogLevel.Information, Message = "No Slack user found by email for a late entry on {ProjectKey}: {SlackError}")]
    public static partial void TrackerEmailNotFound(ILogger logger, string projectKey, string slackError);
}
