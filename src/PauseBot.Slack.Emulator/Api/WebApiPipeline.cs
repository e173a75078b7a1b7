using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// Handles one Web API request: parse args → faults → method known? → auth → rate limit → handler → record → faults → answer.
/// Every call is recorded before its answer is written, so a client that got a response always finds it in the log.
/// </summary>
internal static class WebApiPipeline
{
    public static async Task HandleAsync(HttpContext http, EmulatorState state, string method)
    {
        var (args, parseError) = await ArgsParser.ParseAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        args.Remove("token");
        var at = state.Time.GetUtcNow();
        var fault = state.Faults.Take(method);
        var answer = await BeforeHandlingAsync(http, fault).ConfigureAwait(false)
            ?? await AnswerAsync(http, state, method, args, parseError).ConfigureAwait(false);
        state.Calls.Add(new RecordedCall(method, args, at, answer.Status, answer.Ok, answer.Error, answer.Json?.DeepClone()));
        state.Logger.LogDebug("Slack emulator {Method} -> {Status} {Error}", method, answer.Status, answer.Error ?? "ok");
        if (await AfterHandlingAsync(http, fault).ConfigureAwait(false))
            await answer.WriteAsync(http.Response).ConfigureAwait(false);
    }

    /// <summary>Applies a fault that acts before the call is handled: its answer, or null to handle the call.</summary>
    internal static async Task<HttpAnswer?> BeforeHandlingAsync(HttpContext http, Fault? fault)
    {
        switch (fault?.Kind)
        {
            case FaultKind.HttpError: return HttpAnswer.Page(fault.StatusCode);
            case FaultKind.RateLimited: return HttpAnswer.RateLimited(fault.Delay);
            case FaultKind.SlackError: return HttpAnswer.SlackError(fault.Error ?? "internal_error");
            case FaultKind.Drop: return HttpAnswer.Dropped;
            case FaultKind.Hang:
                await Task.Delay(fault.Delay, Stopping(http)).ConfigureAwait(false);
                return null;
            default: return null;
        }
    }

    /// <summary>Applies a fault that acts after the call was handled; false when no answer may be written.</summary>
    internal static async Task<bool> AfterHandlingAsync(HttpContext http, Fault? fault)
    {
        switch (fault?.Kind)
        {
            case FaultKind.DropAfterHandling:
                http.Abort();
                return false;
            case FaultKind.HangAfterHandling:
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, Stopping(http)))
                {
                    try
                    {
                        await Task.Delay(fault.Delay, wait.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        return false; // the client gave up (or the emulator stops): the answer is lost
                    }
                }
                return true;
            default: return true;
        }
    }

    private static CancellationToken Stopping(HttpContext http) =>
        http.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;

    private static async Task<HttpAnswer> AnswerAsync(HttpContext http, EmulatorState state, string method, JsonObject args, string? parseError)
    {
        var handler = MethodTable.Find(method);
        if (handler is null) return HttpAnswer.SlackError("unknown_method");

        var token = BearerToken(http.Request);
        if (token is null) return HttpAnswer.SlackError("not_authed");
        var isBot = token == state.Options.BotToken;
        var isApp = token == state.Options.AppToken;
        if (!isBot && !isApp) return HttpAnswer.SlackError("invalid_auth");
        if (isApp != (method == MethodTable.ConnectionsOpen)) return HttpAnswer.SlackError("not_allowed_token_type");
        if (parseError is not null) return HttpAnswer.SlackError(parseError);

        var rateKey = method == "chat.postMessage"
            ? ConversationResolver.RateKey(state, new ApiContext(state, method, args).Str("channel"))
            : null;
        if (state.Limits.TryAcquire(method, state.Workspace.TeamId, rateKey) is { } retryAfter) return HttpAnswer.RateLimited(retryAfter);

        try
        {
            return HttpAnswer.FromJson(handler(new ApiContext(state, method, args)));
        }
        catch (SlackApiError e)
        {
            return HttpAnswer.SlackError(e.Error, e.Messages, e.Fields);
        }
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && header.Length > prefix.Length
            ? header[prefix.Length..].Trim()
            : null;
    }
}
