using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PauseBot.Slack.Emulator;

/// <summary>
/// Handles one Web API request as its <see cref="MethodReference"/> says Slack does: parse args (a JSON body only where the
/// method reads JSON) → faults → method known? → auth → rate limit (the reference's tier) → required arguments → scope (by
/// conversation type) → handler → record → faults → answer. Every call is recorded, with where it strayed from the reference,
/// before its answer is written, so a client that got a response always finds it in the log.
/// </summary>
internal static class WebApiPipeline
{
    public static async Task HandleAsync(HttpContext http, EmulatorState state, string method)
    {
        var reference = SlackMethodReferences.Find(method);
        var parsed = await ArgsParser.ParseAsync(http.Request, reference?.JsonInputSupported ?? true, http.RequestAborted).ConfigureAwait(false);
        parsed.Args.Remove("token");
        parsed.Sent.Remove("token");
        var issues = reference is null
            ? [new ConformanceIssue(ConformanceIssueKind.UnknownMethod, $"{method} is not in Slack's method references")]
            : ReferenceRules.SentIssues(reference, parsed);
        var at = state.Time.GetUtcNow();
        var fault = state.Faults.Take(method);
        var scope = reference is null ? null : ReferenceRules.NeededScope(reference, parsed.Args, state.Workspace);
        var answer = await BeforeHandlingAsync(http, state, fault).ConfigureAwait(false)
            ?? Answer(http, state, method, reference, parsed, issues, scope);
        state.Calls.Add(new RecordedCall(method, parsed.Sent, at, answer.Status, answer.Ok, answer.Error, answer.Json?.DeepClone())
        {
            Transport = parsed.Transport, Issues = issues, Scope = scope,
        });
        state.Logger.LogDebug("Slack emulator {Method} -> {Status} {Error}", method, answer.Status, answer.Error ?? "ok");
        if (await AfterHandlingAsync(http, state, fault).ConfigureAwait(false))
            await answer.WriteAsync(http.Response).ConfigureAwait(false);
    }

    /// <summary>Applies a fault that acts before the call is handled: its answer, or null to handle the call.</summary>
    internal static async Task<HttpAnswer?> BeforeHandlingAsync(HttpContext http, EmulatorState state, Fault? fault)
    {
        switch (fault?.Kind)
        {
            case FaultKind.HttpError: return HttpAnswer.Page(fault.StatusCode);
            case FaultKind.RateLimited: return HttpAnswer.RateLimited(fault.Delay);
            case FaultKind.SlackError: return HttpAnswer.SlackError(fault.Error ?? "internal_error");
            case FaultKind.Drop: return HttpAnswer.Dropped;
            case FaultKind.Hang:
                await state.Faults.HangAsync(fault.Delay, Stopping(http)).ConfigureAwait(false);
                return null;
            default: return null;
        }
    }

    /// <summary>Applies a fault that acts after the call was handled; false when no answer may be written.</summary>
    internal static async Task<bool> AfterHandlingAsync(HttpContext http, EmulatorState state, Fault? fault)
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
                        await state.Faults.HangAsync(fault.Delay, wait.Token).ConfigureAwait(false);
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

    private static HttpAnswer Answer(HttpContext http, EmulatorState state, string method, MethodReference? reference, ParsedArgs parsed,
        List<ConformanceIssue> issues, string? scope)
    {
        var handler = MethodTable.Find(method);
        if (reference is null || handler is null)
        {
            if (reference is not null) issues.Add(new(ConformanceIssueKind.UnknownMethod, $"{method} is not emulated"));
            return HttpAnswer.SlackError("unknown_method");
        }

        var token = BearerToken(http.Request);
        if (token is null) return HttpAnswer.SlackError("not_authed");
        var isBot = token == state.Options.BotToken;
        var isApp = token == state.Options.AppToken;
        if (!isBot && !isApp) return HttpAnswer.SlackError("invalid_auth");
        if (isApp != (method == MethodTable.ConnectionsOpen)) return HttpAnswer.SlackError("not_allowed_token_type");
        if (parsed.Error is not null) return HttpAnswer.SlackError(parsed.Error);

        var args = parsed.Args;
        var rateKey = method == "chat.postMessage"
            ? ConversationResolver.RateKey(state, new ApiContext(state, method, args).Str("channel"))
            : null;
        if (state.Limits.TryAcquire(method, state.Workspace.TeamId, rateKey) is { } throttle)
            return throttle.ChannelBurst ? HttpAnswer.SlackError("rate_limited") : HttpAnswer.RateLimited(throttle.RetryAfter);

        try
        {
            if (ReferenceRules.MissingRequired(reference, args) is var (argument, missing))
            {
                issues.Add(new(ConformanceIssueKind.MissingRequiredArgument, argument));
                throw missing;
            }
            if (ReferenceRules.CheckScope(scope, state.Workspace) is { } noScope)
            {
                issues.Add(new(ConformanceIssueKind.MissingScope, noScope.Fields!["needed"]!.GetValue<string>()));
                throw noScope;
            }
            return HttpAnswer.FromJson(handler(new ApiContext(state, method, args, reference)));
        }
        catch (SlackApiError e)
        {
            if (!reference.Documents(e.Error))
                issues.Add(new(ConformanceIssueKind.UndocumentedError, $"{method} does not document '{e.Error}'"));
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
