namespace PauseBot.Slack.Emulator;

/// <summary>What an injected fault does to a call.</summary>
public enum FaultKind
{
    /// <summary>Answer with a non-JSON HTTP error page (e.g. 500/502/503); the call has no effect.</summary>
    HttpError,
    /// <summary>Answer HTTP 429 <c>ratelimited</c> with a given <c>Retry-After</c>; the call has no effect.</summary>
    RateLimited,
    /// <summary>Answer HTTP 200 <c>{"ok":false,"error":…}</c>; the call has no effect.</summary>
    SlackError,
    /// <summary>Wait (the emulator's clock) before handling the call normally; the call still takes effect, like a slow Slack.</summary>
    Hang,
    /// <summary>
    /// Handle the call at once (it takes effect: a <c>chat.postMessage</c> is stored) but hold the answer back for the
    /// delay (the emulator's clock); a client that gives up first gets no answer at all — the lost-answer case.
    /// </summary>
    HangAfterHandling,
    /// <summary>Close the connection without an answer before handling the call; the call has no effect.</summary>
    Drop,
    /// <summary>Handle the call (it takes effect), then close the connection without an answer.</summary>
    DropAfterHandling,
}

/// <summary>A fault chosen for one call.</summary>
/// <param name="Kind">The kind of fault.</param>
/// <param name="StatusCode">HTTP status for <see cref="FaultKind.HttpError"/>.</param>
/// <param name="Error">Slack error code for <see cref="FaultKind.SlackError"/>.</param>
/// <param name="Delay">Delay for <see cref="FaultKind.Hang"/> and <see cref="FaultKind.HangAfterHandling"/>, or the Retry-After for <see cref="FaultKind.RateLimited"/>.</param>
public sealed record Fault(FaultKind Kind, int StatusCode = 200, string? Error = null, TimeSpan Delay = default);
