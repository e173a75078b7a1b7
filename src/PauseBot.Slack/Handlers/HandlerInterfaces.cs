using PauseBot.Slack.Inbound;

namespace PauseBot.Slack.Handlers;

/// <summary>
/// Handles one slash command. The returned message is the ack body when it is ready within the ack budget, otherwise
/// it is posted to the command's <c>response_url</c>; null = empty 200. Registered with
/// <see cref="SlackHandlerRegistryBuilder.Command{THandler}"/>. https://docs.slack.dev/interactivity/implementing-slash-commands
/// </summary>
public interface ISlashCommandHandler
{
    Task<SlackResponse?> HandleAsync(SlashCommand command, CancellationToken ct);
}

/// <summary>Handles one Events API event type, in the background after the 200 ack, once per <c>event_id</c>.</summary>
public interface IEventHandler<in TEvent> where TEvent : SlackEvent
{
    Task HandleAsync(EventCallback envelope, TEvent slackEvent, CancellationToken ct);
}

/// <summary>
/// Handles a <c>block_actions</c> action (button click). The ack is always an empty 200 sent at once; a returned
/// message is posted to the payload's <c>response_url</c> (messages only; views have none).
/// https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
/// </summary>
public interface IBlockActionHandler
{
    Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct);
}

/// <summary>
/// Handles a modal submission; the result is the ack body and must be ready within the ack budget: null closes the
/// modal, or see <see cref="ViewSubmissionResponse"/>. https://docs.slack.dev/surfaces/modals#handling_submissions
/// </summary>
public interface IViewSubmissionHandler
{
    Task<ViewSubmissionResponse?> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct);
}
