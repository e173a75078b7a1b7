using System.Text.Json;
using PauseBot.Core;
using PauseBot.Core.Outbox;
using PauseBot.Core.Pauses;
using PauseBot.Features.Shared;
using PauseBot.Persistence.Integrations;

namespace PauseBot.Features.Webhooks;

/// <summary>
/// Turns lifecycle outcomes into one outbox row per subscribed receiver, committed with the state change (the caller
/// commits). Dedupe keys make a second enqueue of the same event a no-op, so a receiver hears of each event once.
/// </summary>
public sealed class WebhookEvents(WebhookStore webhooks, IUnitOfWork unitOfWork, TimeProvider time) : IOutcomeAnnouncer
{
    /// <summary>The event groups a subscription can choose with <c>--events</c>.</summary>
    public static readonly string[] Groups = ["pause", "resume", "update"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task AnnounceAsync(Outcome outcome, CancellationToken ct)
    {
        if (Describe(outcome) is not var (group, type, key, project, pause, update)) return;
        var subscribers = (await webhooks.ActiveAsync(ct)).Where(w => w.Wants(group)).ToList();
        if (subscribers.Count == 0) return;
        var now = time.GetUtcNow();
        var body = JsonSerializer.Serialize(new WebhookBody(key, type, now, new WebhookProject(project.Key, project.DisplayName),
            PauseRecord.From(pause) with { Updates = [] },
            update is null ? null : new PauseUpdateRecord(update.EditedAt ?? update.At, update.Author, update.Text)), Json);
        foreach (var subscriber in subscribers)
            await unitOfWork.EnqueueAsync(OutboxIntent.Webhook(subscriber.Id, OutboxKey.WebhookEvent(subscriber.Id, key), body), ct);
    }

    private static (string Group, string Type, string Key, Core.Projects.Project Project, Pause Pause, PauseUpdate? Update)? Describe(Outcome outcome) =>
        outcome switch
        {
            Paused { Pause.State: PauseState.Active } p => ("pause", "pause.started", $"pause:{p.Pause.Id}:started", p.Project, p.Pause, null),
            Paused p => ("pause", "pause.scheduled", $"pause:{p.Pause.Id}:scheduled", p.Project, p.Pause, null),
            Resumed { Kind: ResumeKind.Resumed } r => ("resume", "pause.resumed", $"pause:{r.Pause.Id}:resumed", r.Project, r.Pause, null),
            Resumed { Kind: ResumeKind.Scheduled } r => ("resume", "pause.resume_scheduled",
                $"pause:{r.Pause.Id}:resume-at:{r.Pause.ScheduledResumeAt!.Value.ToUnixTimeSeconds()}", r.Project, r.Pause, null),
            Resumed r => ("pause", "pause.cancelled", $"pause:{r.Pause.Id}:cancelled", r.Project, r.Pause, null),
            UpdatePosted { Edited: false } u => ("update", "pause.update", $"update:{u.Update.Id}", u.Project, u.Pause, u.Update),
            UpdatePosted u => ("update", "pause.update_edited",
                $"update:{u.Update.Id}:edit:{u.Update.EditedAt?.ToUnixTimeMilliseconds()}", u.Project, u.Pause, u.Update),
            _ => null,
        };
}

/// <summary>The JSON body receivers get. <see cref="Id"/> names the event (the same for every receiver).</summary>
public sealed record WebhookBody(string Id, string Type, DateTimeOffset OccurredAt, WebhookProject Project, PauseRecord Pause, PauseUpdateRecord? Update);

/// <summary>The project an event is about.</summary>
public sealed record WebhookProject(string Key, string Name);
