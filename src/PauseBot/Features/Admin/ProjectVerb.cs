using PauseBot.Core;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;


namespace PauseBot.Features.Admin;

/// <summary><c>/pausebot project add|channel|timezone|list …</c> — admins register projects and their channels.</summary>
public sealed class ProjectVerb(
    ProjectAdministration admin, IProjectStore projectStore, IUnitOfWork unitOfWork, ProjectVisibility visibility, IBotIdentityProvider bot)
    : IPauseBotVerb, IPauseBotVerbInfo
{
    public static string Name => "project";

    public static IReadOnlyList<string> Usage =>
    [
        "`/pausebot project add <key> <#channel> [display name…]` — e.g. `/pausebot project add chordus #chordus Chordus` (admins)",
        "`/pausebot project channel add|remove <key> <#channel>` (admins)",
        "`/pausebot project timezone <key> <IANA zone>` — e.g. `Europe/London` (admins; default UTC)",
        "`/pausebot project list`",
    ];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var args = CommandText.Parse(text);
        if (!args.IsSuccess) return Replies.Ephemeral($"⚠️ {Mrkdwn.Escape(args.Error!)}");
        var actor = context.Actor;
        var sub = args.Positional(0)?.ToLowerInvariant();
        Outcome? outcome = sub switch
        {
            "add" when args.Positionals.Count >= 3 && SlackRefs.TryParseChannel(args.Positionals[2], out var channel) =>
                await admin.AddProjectAsync(actor, Slug.Normalize(args.Positional(1)), channel, NullIfEmpty(args.Rest(3)), ct),
            "channel" when args.Positionals.Count == 4 && SlackRefs.TryParseChannel(args.Positionals[3], out var channel) =>
                args.Positional(1)?.ToLowerInvariant() switch
                {
                    "add" => await admin.AddChannelAsync(actor, Slug.Normalize(args.Positional(2)), channel, ct),
                    "remove" => await admin.RemoveChannelAsync(actor, Slug.Normalize(args.Positional(2)), channel, ct),
                    _ => null,
                },
            "timezone" when args.Positionals.Count == 3 =>
                await admin.SetTimeZoneAsync(actor, Slug.Normalize(args.Positional(1)), args.Positionals[2], ct),
            "list" => null,
            _ => null,
        };
        if (sub == "list")
            return Replies.Ephemeral(await ListAsync(context, ct));
        if (outcome is null)
            return Replies.Ephemeral("⚠️ I couldn't read that.\n" + string.Join("\n", Usage.Select(u => "• " + u)));
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Replies.Ephemeral(Replies.Conflict);
        return Replies.Ephemeral(Replies.Text(outcome) + await MembershipWarningAsync(outcome, ct));
    }

    // Announcements to a channel the bot is not in fail with not_in_channel: say so while the admin is here.
    private async Task<string> MembershipWarningAsync(Outcome outcome, CancellationToken ct)
    {
        if (outcome is not ProjectChanged { Project: var project }) return "";
        var botId = (await bot.GetAsync(ct)).UserId;
        var missing = new List<string>();
        foreach (var channel in project.Channels)
        {
            visibility.Forget(channel.ChannelId);
            if (!(await visibility.ContractorsAsync(new[] { channel.ChannelId }, ct)).Contains(botId))
                missing.Add($"<#{channel.ChannelId}>");
        }
        return missing.Count == 0 ? ""
            : $"\n⚠️ I'm not a member of {string.Join(", ", missing)}, so I can't post there. Invite me with `/invite @PauseBot`.";
    }

    private async Task<string> ListAsync(CommandContext context, CancellationToken ct)
    {
        var projects = await visibility.VisibleAsync(context.Actor, await projectStore.ListProjectsAsync(ct), ct);
        if (projects.Count == 0) return "You're not part of any project I know.";
        return string.Join("\n", projects.Select(p =>
            $"• `{p.Key}` *{Mrkdwn.Escape(p.DisplayName)}* — {string.Join(", ", p.Channels.Select(c => $"<#{c.ChannelId}>"))}; "
            + $"leads: {(p.Leads.Count == 0 ? "none" : string.Join(", ", p.Leads.Select(l => $"<@{l.UserId}>")))}; zone {p.TimeZoneId}"));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
