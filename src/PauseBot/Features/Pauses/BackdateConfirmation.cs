using PauseBot.Core;
using PauseBot.Core.Pauses;
using PauseBot.Features.Shared;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Pauses;

/// <summary>
/// What a lead sees before a backdated pause is made: what it does to hours already worked, and Confirm / Cancel buttons
/// carrying the draft's id (the request itself is a row, so the buttons work after a restart and only once).
/// </summary>
public static class BackdateConfirmation
{
    public const string ConfirmAction = "pause_backdate_confirm";
    public const string CancelAction = "pause_backdate_cancel";
    public const string ResultCallbackId = "pause_backdate_result";

    /// <summary>One sentence: what confirming does, in the words of the slash commands.</summary>
    public static string Text(BackdateToConfirm c)
    {
        var name = $"*{Mrkdwn.Escape(c.Project.DisplayName)}*";
        var cutoff = SlackDate.Token(c.Draft.EffectiveAt);
        var ago = CutoffText.Span(c.Draft.RequestedAt - c.Draft.EffectiveAt);
        var what = c.Policy == BackdatePolicy.Announcement
            ? $"⚠️ The cutoff {cutoff} is {ago} ago. Under this workspace's backdate policy hours on {name} stay billable until the pause "
              + "is announced, when you confirm; the cutoff is recorded and shown beside it."
            : $"⚠️ Hours on {name} from {cutoff} become not billable: that is {ago} ago, including hours people worked before this announcement.";
        return what + $" Confirm to pause and announce it now in {Channels(c)}; Cancel leaves everything as it is.";
    }

    /// <summary>The ephemeral reply to <c>/pause … --at &lt;past&gt;</c>.</summary>
    public static SlackResponse Message(BackdateToConfirm c) => SlackResponse.Ephemeral(Text(c), Blocks(c));

    /// <summary>The pause form, replaced by the same confirmation when its "Pause from" lies in the past.</summary>
    public static ModalView Modal(BackdateToConfirm c) =>
        Slack.Blocks.Blocks.Modal(ResultCallbackId, "Confirm the cutoff", Blocks(c), close: "Close");

    /// <summary>What a Confirm or Cancel pressed in the form shows there.</summary>
    public static ModalView Result(string mrkdwn) =>
        Slack.Blocks.Blocks.Modal(ResultCallbackId, "Pause a project", [Slack.Blocks.Blocks.Section(Slack.Blocks.Blocks.Truncate(mrkdwn, 3000))], close: "Close");

    private static IReadOnlyList<Block> Blocks(BackdateToConfirm c) =>
    [
        Slack.Blocks.Blocks.Section(Text(c)),
        Slack.Blocks.Blocks.Context($"*Why:* {Mrkdwn.Escape(Slack.Blocks.Blocks.Truncate(c.Draft.PublicReason, 500))} · "
                                    + $"Confirm within {CutoffText.Span(BackdateRules.ConfirmWithin)}. `--confirm` on the command applies it at once."),
        Slack.Blocks.Blocks.Actions("pause_backdate",
            Slack.Blocks.Blocks.Button(ConfirmAction, "Confirm", c.Draft.Id.ToString(), ButtonStyle.Danger),
            Slack.Blocks.Blocks.Button(CancelAction, "Cancel", c.Draft.Id.ToString())),
    ];

    private static string Channels(BackdateToConfirm c) => string.Join(", ", c.Project.Channels.Select(ch => $"<#{ch.ChannelId}>"));
}
