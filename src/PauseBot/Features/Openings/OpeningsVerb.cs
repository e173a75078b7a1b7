using System.Globalization;
using PauseBot.Core;
using PauseBot.Core.Openings;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.WebApi;

namespace PauseBot.Features.Openings;

/// <summary><c>/pausebot openings add|list|close|interest …</c>: the alternative-work board.</summary>
public sealed class OpeningsVerb(OpeningBoard board, IOpeningStore openings, IProjectStore projectStore, IUnitOfWork unitOfWork,
    ProjectVisibility visibility, IUsersApi users, TimeProvider time) : IPauseBotVerb, IPauseBotVerbInfo
{
    private static readonly FlagSpec[] AddFlags =
        [FlagSpec.Text("skills"), FlagSpec.Int("slots"), FlagSpec.Time("until"), FlagSpec.Text("for")];

    public static string Name => "openings";

    public static IReadOnlyList<string> Usage =>
    [
        "`/pausebot openings add <text…> [--skills \"a, b\"] [--slots N] [--until <time>] [--for <key>]` — e.g. `/pausebot openings add Data labelling for Atlas --slots 3 --for chordus` (leads)",
        "`/pausebot openings list` · `/pausebot openings close <id>` · `/pausebot openings interest <id>` (who is interested, with time zones)",
    ];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var sub = (space < 0 ? text : text[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : text[(space + 1)..].Trim();
        return sub switch
        {
            "add" => await AddAsync(context, rest, ct),
            "list" or "" => await ListAsync(context, ct),
            "close" when ReadId(rest) is { } id => await SaveAndReplyAsync(await board.CloseAsync(context.Actor, id, ct), ct),
            "interest" when ReadId(rest) is { } id => Replies.Ephemeral(await InterestAsync(context, id, ct)),
            _ => Replies.Ephemeral("⚠️ I couldn't read that.\n" + string.Join("\n", Usage.Select(u => "• " + u))),
        };
    }

    private async Task<SlackResponse> AddAsync(CommandContext context, string text, CancellationToken ct)
    {
        var args = CommandText.Parse(text, AddFlags);
        if (!args.IsSuccess) return Replies.Ephemeral($"⚠️ {args.Error}");
        var errors = new List<string>();
        var until = TimeArgs.Read(args, "until", time.GetUtcNow(), await ZoneOfAsync(context.UserId, ct), errors);
        if (errors.Count > 0) return Replies.Ephemeral("⚠️ " + string.Join("\n", errors));
        var forProjects = (args.Get("for") ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(k => Slug.Normalize(k.TrimStart('#'))).Where(k => k.Length > 0).Distinct().ToList();
        var outcome = await board.PostAsync(context.Actor,
            new OpeningDraft(args.Rest(0), args.Get("skills"), args.GetInt("slots"), until, forProjects), ct);
        return await SaveAndReplyAsync(outcome, ct);
    }

    private async Task<SlackResponse> SaveAndReplyAsync(Outcome outcome, CancellationToken ct)
    {
        if (outcome is not (OpeningPosted or OpeningClosed or Refused)) return Replies.For(outcome);
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Replies.Ephemeral(Replies.Conflict);
        return outcome switch
        {
            OpeningPosted p => Replies.Ephemeral($"✅ Opening *#{p.Opening.Id}* posted "
                + (p.Opening.IsForEveryone ? "for everyone" : "for the contractors of " + string.Join(", ", p.Opening.ProjectKeys.Select(k => $"`{k}`")))
                + $". Contractors see it in their answers, App Home and pause announcements.\n{OpeningBlocks.Line(p.Opening)}"),
            _ => Replies.For(outcome),
        };
    }

    private async Task<SlackResponse> ListAsync(CommandContext context, CancellationToken ct)
    {
        var open = await openings.OpenOpeningsAsync(time.GetUtcNow(), ct);
        var projects = await visibility.VisibleAsync(context.Actor, await projectStore.ListProjectsAsync(ct), ct);
        var keys = projects.Select(p => p.Key).ToList();
        var visible = context.Actor.IsAdmin ? open : open.Where(o => o.IsFor(keys) || o.Owner == context.UserId).ToList();
        if (visible.Count == 0) return Replies.Ephemeral("There are no open openings right now.");
        var blocks = new List<Block> { Blocks.Section($"*Open openings* ({visible.Count})") };
        foreach (var o in visible.Take(40))
        {
            var who = o.IsForEveryone ? "everyone" : string.Join(", ", o.ProjectKeys.Select(k => $"`{k}`"));
            blocks.Add(Blocks.Section(Blocks.Truncate($"{OpeningBlocks.Line(o)}\n_for {who} · posted by <@{o.Owner}> · {o.Interests.Count} interested_", 3000),
                OpeningBlocks.InterestButton(o)));
        }
        return SlackResponse.Ephemeral($"{visible.Count} open openings", blocks);
    }

    private async Task<string> InterestAsync(CommandContext context, int id, CancellationToken ct)
    {
        var opening = await openings.FindOpeningAsync(id, ct);
        if (opening is null) return $"⚠️ There is no opening #{id}. See `/pausebot openings list`.";
        if (!await board.CanManageAsync(context.Actor, opening, ct))
            return "🚫 Only the person who posted an opening, its projects' leads and admins can see who is interested.";
        if (opening.Interests.Count == 0) return $"Nobody has said they're interested in opening #{id} yet.";
        var lines = new List<string> { $"*Interested in #{id}* ({opening.Interests.Count}{(opening.Slots is { } s ? $" of {s} slots" : "")}):" };
        foreach (var interest in opening.Interests.OrderBy(i => i.At))
            lines.Add($"• <@{interest.UserId}> — {await ZoneTextAsync(interest.UserId, ct)} · {SlackDate.Token(interest.At)}");
        return string.Join("\n", lines);
    }

    private async Task<string> ZoneTextAsync(string userId, CancellationToken ct)
    {
        var zone = await TryZoneIdAsync(userId, ct);
        if (zone is null || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info)) return "time zone unknown";
        var offset = info.GetUtcOffset(time.GetUtcNow());
        return string.Create(CultureInfo.InvariantCulture, $"{zone} (UTC{(offset < TimeSpan.Zero ? '-' : '+')}{offset.Duration():hh\\:mm})");
    }

    private async Task<TimeZoneInfo> ZoneOfAsync(string userId, CancellationToken ct) =>
        await TryZoneIdAsync(userId, ct) is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private async Task<string?> TryZoneIdAsync(string userId, CancellationToken ct)
    {
        try
        {
            return (await users.InfoAsync(userId, ct)).Tz;
        }
        catch (SlackApiException)
        {
            return null;
        }
    }

    private static int? ReadId(string text) =>
        int.TryParse(text.Trim().TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
