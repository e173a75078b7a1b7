namespace PauseBot.Outbox;

/// <summary>What a Slack error code means for the outbox row whose call failed (<see cref="SlackErrorTable"/>).</summary>
public enum SlackErrorClass
{
    /// <summary>Slack refused this row for good (its channel, user, message or content): no retry fixes it; the row ends.</summary>
    Definite,

    /// <summary>Slack can't now (rate limits, a migration, a busy message): retried with backoff.</summary>
    Transient,

    /// <summary>
    /// About the app's install, not the row (token, scopes, workspace policy): retried with backoff, so every waiting row goes
    /// once an admin fixes it. A row never ends for it.
    /// </summary>
    AppWide,

    /// <summary>Slack may have done it although it failed (<c>internal_error</c>, <c>fatal_error</c>): retried, looking first where a repeat would double.</summary>
    MayHaveTakenEffect,
}
