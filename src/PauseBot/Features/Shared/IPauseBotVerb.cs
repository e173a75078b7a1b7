using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Shared;

/// <summary>One verb of <c>/pausebot</c> (e.g. <c>status</c>); <paramref name="text"/> is what follows the verb.</summary>
public interface IPauseBotVerb
{
    string Name { get; }

    /// <summary>Usage lines with an example each, shown by <c>/pausebot help</c>.</summary>
    IReadOnlyList<string> Usage { get; }

    Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct);
}
