namespace PauseBot.Slack.Handlers;

/// <summary>
/// All registered Slack handlers, built once at startup from every <c>AddSlackHandlers</c> call. A key registered
/// twice (even across calls) throws <see cref="InvalidOperationException"/> naming it. The read-only key lists let
/// tests compare the registrations with the Slack app manifest.
/// </summary>
public sealed class SlackHandlerRegistry
{
    private readonly Dictionary<string, HandlerRegistration> commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<HandlerRegistration>> events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HandlerRegistration> actions = new(StringComparer.Ordinal);
    private readonly List<HandlerRegistration> actionPrefixes = [];
    private readonly Dictionary<string, HandlerRegistration> viewSubmissions = new(StringComparer.Ordinal);

    internal SlackHandlerRegistry(IEnumerable<HandlerRegistration> registrations)
    {
        var seen = new HashSet<(HandlerKind, string, Type?)>();
        foreach (var r in registrations)
        {
            if (!seen.Add(r.DuplicateKey))
                throw Duplicate(r);
            switch (r.Kind)
            {
                case HandlerKind.Command: commands.Add(r.Key, r); break;
                case HandlerKind.Event: (events.TryGetValue(r.Key, out var list) ? list : events[r.Key] = []).Add(r); break;
                case HandlerKind.BlockAction: actions.Add(r.Key, r); break;
                case HandlerKind.BlockActionPrefix: actionPrefixes.Add(r); break;
                case HandlerKind.ViewSubmission: viewSubmissions.Add(r.Key, r); break;
            }
        }
        actionPrefixes.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
    }

    /// <summary>Registered slash commands, e.g. "/pause".</summary>
    public IReadOnlyCollection<string> Commands => commands.Keys;

    /// <summary>Event types with at least one handler, e.g. "app_mention".</summary>
    public IReadOnlyCollection<string> EventTypes => events.Keys;

    public IReadOnlyCollection<string> BlockActionIds => actions.Keys;

    public IReadOnlyCollection<string> BlockActionPrefixes => actionPrefixes.ConvertAll(p => p.Key);

    public IReadOnlyCollection<string> ViewSubmissionCallbackIds => viewSubmissions.Keys;

    internal Type? FindCommand(string command) => commands.GetValueOrDefault(command)?.HandlerType;

    internal IReadOnlyList<HandlerRegistration> FindEventHandlers(string eventType) =>
        events.TryGetValue(eventType, out var list) ? list : [];

    internal Type? FindBlockAction(string actionId) =>
        actions.GetValueOrDefault(actionId)?.HandlerType
        ?? actionPrefixes.Find(p => actionId.StartsWith(p.Key, StringComparison.Ordinal))?.HandlerType;

    internal Type? FindViewSubmission(string callbackId) => viewSubmissions.GetValueOrDefault(callbackId)?.HandlerType;

    internal static InvalidOperationException Duplicate(HandlerRegistration r) =>
        new($"Slack handler for {r.Describe()} is registered more than once.");
}
