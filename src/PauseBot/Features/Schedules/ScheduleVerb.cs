using PauseBot.Core;
using PauseBot.Core.Scheduling;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Jobs;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Schedules;

/// <summary><c>/pausebot schedule &lt;key&gt; &lt;spec&gt;</c>, <c>schedule list &lt;key&gt;</c>, <c>schedule remove &lt;key&gt; &lt;id&gt;</c> (leads).</summary>
public sealed class ScheduleVerb(
    ScheduleAdministration admin, IProjectStore projects, IScheduleStore scheduleStore, IUnitOfWork unitOfWork, ScheduleSync sync, TimeProvider time)
    : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "schedule";

    public static IReadOnlyList<string> Usage =>
    [
        "`/pausebot schedule <key> <spec>` — status updates while paused, e.g. `daily 09:00`, `weekdays 09:00,17:00`, `every monday 10:00`, `every 4h` (leads)",
        "`/pausebot schedule list <key>` · `/pausebot schedule remove <key> <id>`",
    ];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var args = CommandText.Parse(text);
        if (!args.IsSuccess || args.Positionals.Count < 2) return Replies.Ephemeral("⚠️ Usage:\n• " + string.Join("\n• ", Usage));
        switch (args.Positionals[0].ToLowerInvariant())
        {
            case "list":
                return Replies.Ephemeral(await ListAsync(context, Slug.Normalize(args.Positionals[1]), ct));
            case "remove" when args.Positionals.Count == 3 && int.TryParse(args.Positionals[2], out var id):
                var removed = await admin.RemoveAsync(context.Actor, Slug.Normalize(args.Positionals[1]), id, ct);
                if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Replies.Ephemeral(Replies.Conflict);
                if (removed is ScheduleRemoved r) await sync.RemoveAsync(r.Schedule.Id, ct);
                return Replies.For(removed);
            default:
                var added = await admin.AddAsync(context.Actor, Slug.Normalize(args.Positionals[0]), args.Rest(1), ct);
                if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Replies.Ephemeral(Replies.Conflict);
                if (added is ScheduleAdded a) await sync.AddAsync(a.Schedule, a.Project.TimeZone, ct);
                return Replies.For(added);
        }
    }

    private async Task<string> ListAsync(CommandContext context, string key, CancellationToken ct)
    {
        var (_, project) = await ManagedProject.FindAsync(projects, context.Actor, key, ct);
        if (project is null)
            return $"🚫 Only leads of `{Mrkdwn.Escape(key)}` and PauseBot admins can see its schedules.";
        var schedules = await scheduleStore.SchedulesAsync(key, ct);
        if (schedules.Count == 0) return $"`{key}` has no status schedules. Add one: `/pausebot schedule {key} weekdays 09:00`.";
        var quiet = await admin.QuietDaysAsync(project, ct);
        return $"*Status schedules of `{key}`* (zone {project.TimeZoneId}; they post only while paused)\n" + string.Join("\n", schedules.Select(s =>
            $"• `{s.Id}` {s.Spec} — next: {(s.ParsedSpec.NextOccurrence(time.GetUtcNow(), project.TimeZone, quiet.IsQuiet, s.CreatedAt) is { } next ? SlackDate.Token(next) : "never")}"));
    }
}
