using System.Collections.Concurrent;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;

namespace PauseBot.Slack.Tests.TestSupport;

/// <summary>What the test handlers saw, shared through DI as a singleton.</summary>
internal sealed class HandlerProbe
{
    public ConcurrentQueue<string> Calls { get; } = new();
    public TaskCompletionSource<SlackResponse?> SlowResult { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource<string> Sentinel { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public bool FailNextEvent { get; set; }
}

internal sealed class EchoCommand : ISlashCommandHandler
{
    public Task<SlackResponse?> HandleAsync(SlashCommand command, CancellationToken ct) =>
        Task.FromResult<SlackResponse?>(SlackResponse.InChannel($"echo {command.Text}"));
}

internal sealed class RecordingCommand(HandlerProbe probe) : ISlashCommandHandler
{
    public Task<SlackResponse?> HandleAsync(SlashCommand command, CancellationToken ct)
    {
        probe.Calls.Enqueue($"command:{command.Text}");
        return Task.FromResult<SlackResponse?>(SlackResponse.Ephemeral($"recorded {command.Text}"));
    }
}

internal sealed class SilentCommand : ISlashCommandHandler
{
    public Task<SlackResponse?> HandleAsync(SlashCommand command, CancellationToken ct) => Task.FromResult<SlackResponse?>(null);
}

internal sealed class SlowCommand(HandlerProbe probe) : ISlashCommandHandler
{
    public Task<SlackResponse?> HandleAsync(SlashCommand command, CancellationToken ct) => probe.SlowResult.Task;
}

internal sealed class ThrowingCommand : ISlashCommandHandler
{
    public Task<SlackResponse?> HandleAsync(SlashCommand command, CancellationToken ct) => throw new InvalidOperationException("boom");
}

internal sealed class MessageRecorder(HandlerProbe probe) : IEventHandler<MessageEvent>, IEventHandler<AppMention>
{
    public Task HandleAsync(EventCallback envelope, MessageEvent slackEvent, CancellationToken ct) => Record(envelope, slackEvent.Text);

    public Task HandleAsync(EventCallback envelope, AppMention slackEvent, CancellationToken ct) => Record(envelope, slackEvent.Text);

    private Task Record(EventCallback envelope, string? text)
    {
        if (probe.FailNextEvent)
        {
            probe.FailNextEvent = false;
            throw new InvalidOperationException("Slack is down");
        }
        probe.Calls.Enqueue($"{envelope.EventId}:{envelope.Event.Type}");
        if (text == "sentinel") probe.Sentinel.TrySetResult(envelope.EventId);
        return Task.CompletedTask;
    }
}

internal sealed class AckButton(HandlerProbe probe) : IBlockActionHandler
{
    public Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct)
    {
        probe.Calls.Enqueue($"action:{action.ActionId}:{action.Value}");
        return Task.FromResult<SlackResponse?>(SlackResponse.Ephemeral("acked") with { ReplaceOriginal = true });
    }
}

internal sealed class FormSubmit : IViewSubmissionHandler
{
    public Task<ViewSubmissionResponse?> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct) =>
        Task.FromResult(payload.View.State?.Get("hspI", "maBWU")?.Value == "bad"
            ? ViewSubmissionResponse.Errors(new() { ["hspI"] = "Not that" })
            : null);
}

internal sealed class ThrowingSubmit : IViewSubmissionHandler
{
    public Task<ViewSubmissionResponse?> HandleAsync(ViewSubmissionPayload payload, CancellationToken ct) => throw new InvalidOperationException("boom");
}
