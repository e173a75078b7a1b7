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

    /// <summary>What confirming does (<see cref="CutoffText.Confirmation"/>).</summary>
    public static string Text(BackdateToConfirm c) => CutoffText.Confirmation(c);

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
}
