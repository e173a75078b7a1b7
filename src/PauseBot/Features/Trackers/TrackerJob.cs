using System.Text.Json;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Persistence.Integrations;

namespace PauseBot.Features.Trackers;

/// <summary>
/// One call to a linked tracker, as an outbox row's payload: which pause it is for, which tracker project (as linked when it
/// was enqueued) and what to do. <see cref="Key"/> makes a second enqueue of the same call a no-op.
/// </summary>
public sealed record TrackerJob(Guid PauseId, string ProjectKey, string Tracker, string TrackerProjectId, string TrackerProjectName, string Action)
{
    public const string Archive = "archive", StopTimers = "stop-timers", Reactivate = "reactivate";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static TrackerJob For(Pause pause, TrackerLink link, string action) =>
        new(pause.Id, pause.ProjectKey, link.Tracker, link.TrackerProjectId, link.TrackerProjectName, action);

    public OutboxKey Key => OutboxKey.TrackerAction(PauseId, Action, Tracker, TrackerProjectId);

    public OutboxIntent ToIntent() => OutboxIntent.TrackerAction(Tracker, Key, JsonSerializer.Serialize(this, Json));

    public static TrackerJob Read(string payload) =>
        JsonSerializer.Deserialize<TrackerJob>(payload, Json) ?? throw new JsonException("Empty tracker action payload.");

    /// <summary>What the action does, for people: "archive", "stop the running timers on", "make active again".</summary>
    public string Doing => Action switch
    {
        Archive => "archive",
        StopTimers => "stop the running timers on",
        _ => "make active again",
    };
}
