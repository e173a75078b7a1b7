namespace PauseBot.Core.Audit;

/// <summary>An append-only record of a state change or a refused attempt.</summary>
public sealed class AuditEvent
{
    private AuditEvent() { }

    public AuditEvent(DateTimeOffset at, string actor, string? projectKey, string action, string outcome, string? detail = null)
    {
        Id = Guid.CreateVersion7(at);
        At = at;
        Actor = actor;
        ProjectKey = projectKey;
        Action = action;
        Outcome = outcome;
        Detail = detail;
    }

    public Guid Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>Slack user id, or "system" for timed transitions.</summary>
    public string Actor { get; private set; } = "";
    public string? ProjectKey { get; private set; }
    /// <summary>What was attempted, e.g. <c>pause</c>, <c>resume</c>, <c>lead.add</c>.</summary>
    public string Action { get; private set; } = "";
    /// <summary><c>ok</c>, or why it was refused (e.g. <c>refused:not-lead</c>).</summary>
    public string Outcome { get; private set; } = "";
    public string? Detail { get; private set; }
}
