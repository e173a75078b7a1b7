using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// Handles one Web API request: parse args → faults → method known? → auth → rate limit → handler → record → answer.
/// Every call is recorded before its answer is written, so a client that got a response always finds it in the log.
/// </summary>
internal static class WebApiPipeline
{
    public static async Task HandleAsync(HttpContext http, EmulatorState state, string method)
    {
        var (args, parseError) = await ArgsParser.ParseAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        args.Remove("token");
        var at = state.Time.GetUtcNow();
        var answer = await AnswerAsync(http, state, method, args, parseError).ConfigureAwait(false);
        state.Calls.Add(new RecordedCall(method, args, at, answer.Status, answer.Ok, answer.Error, answer.Json?.DeepClone()));
        state.Logger.LogDebug("Slack emulator {Method} -> {Status} {Error}", method, answer.Status, answer.Error ?? "ok");
        await answer.WriteAsync(http.Response).ConfigureAwait(false);
    }

    internal static async Task<HttpAnswer?> ApplyFaultAsync(HttpContext http, EmulatorState state, string method)
    {
        var fault = state.Faults.Take(method);
        switch (fault?.Kind)
        {
            case FaultKind.HttpError: return HttpAnswer.Page(fault.StatusCode);
            case FaultKind.RateLimited: return HttpAnswer.RateLimited(fault.Delay);
            case FaultKind.SlackError: return HttpAnswer.SlackError(fault.Error ?? "internal_error");
            case FaultKind.Hang:
                var stopping = http.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
                await Task.Delay(fault.Delay, stopping).ConfigureAwait(false);
                return null;
            default: return null;
        }
    }

    private static async Task<HttpAnswer> AnswerAsync(HttpContext http, EmulatorState state, string method, JsonObject args, string? parseError)
    {
        if (await ApplyFaultAsync(http, state, method).ConfigureAwait(false) is { } faulted) return faulted;
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
            return HttpAnswer.SlackError(e.Error, e.Messages);
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
