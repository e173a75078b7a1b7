using PauseBot.Slack.Inbound;

namespace PauseBot.Slack.Handlers;

/// <summary>
/// Collects handler registrations in <c>AddSlackHandlers</c>. Keys are unique: a command, action id, action id prefix
/// or callback id registered twice throws <see cref="InvalidOperationException"/> naming the key. An event type may
/// have several handlers (all run, in registration order), but the same handler class only once per event type.
/// </summary>
public sealed class SlackHandlerRegistryBuilder
{
    private readonly List<HandlerRegistration> registrations = [];

    internal IReadOnlyList<HandlerRegistration> Registrations => registrations;

    /// <summary>Handles slash command <paramref name="command"/> (with its leading slash, e.g. "/pause"; case-insensitive).</summary>
    public SlackHandlerRegistryBuilder Command<THandler>(string command) where THandler : class, ISlashCommandHandler
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        if (!command.StartsWith('/'))
            throw new ArgumentException($"Slash command '{command}' must start with '/'.", nameof(command));
        return Add(new HandlerRegistration(HandlerKind.Command, command.ToLowerInvariant(), typeof(THandler)));
    }

    /// <summary>Handles events of type <typeparamref name="TEvent"/> (key "app_mention", "message", ...).</summary>
    public SlackHandlerRegistryBuilder Event<TEvent, THandler>()
        where TEvent : SlackEvent where THandler : class, IEventHandler<TEvent>
    {
        var key = SlackEvent.TypeNameOf(typeof(TEvent))
                  ?? throw new ArgumentException($"{typeof(TEvent).Name} has no Slack event type name; handlers need a modelled event.");
        return Add(new HandlerRegistration(HandlerKind.Event, key, typeof(THandler),
            (handler, envelope, ev, ct) => ((IEventHandler<TEvent>)handler).HandleAsync(envelope, (TEvent)ev, ct)));
    }

    /// <summary>Handles block actions whose <c>action_id</c> equals <paramref name="actionId"/>.</summary>
    public SlackHandlerRegistryBuilder BlockAction<THandler>(string actionId) where THandler : class, IBlockActionHandler
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actionId);
        return Add(new HandlerRegistration(HandlerKind.BlockAction, actionId, typeof(THandler)));
    }

    /// <summary>Handles block actions whose <c>action_id</c> starts with <paramref name="prefix"/>; exact ids win, then the longest prefix.</summary>
    public SlackHandlerRegistryBuilder BlockActionPrefix<THandler>(string prefix) where THandler : class, IBlockActionHandler
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        return Add(new HandlerRegistration(HandlerKind.BlockActionPrefix, prefix, typeof(THandler)));
    }

    /// <summary>Handles submissions of modals with <c>callback_id</c> <paramref name="callbackId"/>.</summary>
    public SlackHandlerRegistryBuilder ViewSubmission<THandler>(string callbackId) where THandler : class, IViewSubmissionHandler
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(callbackId);
        return Add(new HandlerRegistration(HandlerKind.ViewSubmission, callbackId, typeof(THandler)));
    }

    private SlackHandlerRegistryBuilder Add(HandlerRegistration registration)
    {
        if (registrations.Any(r => r.DuplicateKey == registration.DuplicateKey))
            throw SlackHandlerRegistry.Duplicate(registration);
        registrations.Add(registration);
        return this;
    }
}
