using PauseBot.Slack.Inbound;

namespace PauseBot.Slack.Handlers;

internal enum HandlerKind { Command, Event, BlockAction, BlockActionPrefix, ViewSubmission }

/// <summary>One registered handler: its key, its class, and for events how to call it without reflection.</summary>
internal sealed record HandlerRegistration(
    HandlerKind Kind,
    string Key,
    Type HandlerType,
    Func<object, EventCallback, SlackEvent, CancellationToken, Task>? InvokeEvent = null)
{
    public string Describe() => Kind switch
    {
        HandlerKind.Command => $"slash command '{Key}'",
        HandlerKind.Event => $"event '{Key}' handler {HandlerType.Name}",
        HandlerKind.BlockAction => $"block action '{Key}'",
        HandlerKind.BlockActionPrefix => $"block action prefix '{Key}'",
        _ => $"view submission '{Key}'",
    };

    /// <summary>Identity for duplicate detection: events may have several handlers, but each class once per type.</summary>
    public (HandlerKind, string, Type?) DuplicateKey => (Kind, Key, Kind == HandlerKind.Event ? HandlerType : null);
}
