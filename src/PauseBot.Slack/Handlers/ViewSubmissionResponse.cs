using System.Text.Json.Serialization;
using PauseBot.Slack.Blocks;

namespace PauseBot.Slack.Handlers;

/// <summary>What to do with a submitted modal, sent in the ack (<c>response_action</c>).</summary>
public enum ViewResponseAction { Errors, Update, Push, Clear }

/// <summary>
/// The ack body for a <c>view_submission</c>. Return null from the handler to just close the modal.
/// https://docs.slack.dev/surfaces/modals#updating_response
/// </summary>
public sealed record ViewSubmissionResponse
{
    public ViewResponseAction ResponseAction { get; init; }

    /// <summary>Validation messages keyed by the <c>block_id</c> of input blocks.</summary>
    [JsonPropertyName("errors")]
    public IReadOnlyDictionary<string, string>? BlockErrors { get; init; }
    public ModalView? View { get; init; }

    /// <summary>Keep the modal open and show a message under each named input block.</summary>
    public static ViewSubmissionResponse Errors(Dictionary<string, string> blockIdToMessage) =>
        new() { ResponseAction = ViewResponseAction.Errors, BlockErrors = blockIdToMessage };

    /// <summary>Replace the submitted modal with <paramref name="view"/>.</summary>
    public static ViewSubmissionResponse Update(ModalView view) => new() { ResponseAction = ViewResponseAction.Update, View = view };

    /// <summary>Push <paramref name="view"/> on top of the modal stack.</summary>
    public static ViewSubmissionResponse Push(ModalView view) => new() { ResponseAction = ViewResponseAction.Push, View = view };

    /// <summary>Close all modals of the stack.</summary>
    public static ViewSubmissionResponse Clear() => new() { ResponseAction = ViewResponseAction.Clear };
}
