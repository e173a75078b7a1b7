using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using PauseBot.Slack.Diagnostics;

namespace PauseBot.Slack.WebApi;

/// <summary>
/// The one resilience pipeline of the Slack HttpClients (total timeout → retry → per-attempt timeout), on the injected
/// <see cref="TimeProvider"/>. 429 is always retried after <c>Retry-After</c> (capped); 5xx, 408, timeouts and network
/// errors only when the request is marked idempotent with <see cref="Idempotent"/>.
/// </summary>
internal static class SlackResilience
{
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("PauseBot.Slack.Idempotent");

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var services = context.ServiceProvider;
        var options = services.GetRequiredService<IOptions<SlackApiOptions>>().Value;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackResilience).FullName!);
        var telemetry = services.GetService<SlackTelemetry>();
        var observer = services.GetService<ISlackRateLimitObserver>();
        builder.TimeProvider = time;
        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Math.Max(0, options.MaxRetryAttempts),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome, time, options.MaxRetryAfter)),
                OnRetry = args =>
                {
                    if (args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
                        telemetry?.RateLimited(MethodOf(args.Context));
                    Log.ApiRetry(log, MethodOf(args.Context), args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode,
                        args.Outcome.Exception?.GetType().Name, args.RetryDelay);
                    if (args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
                        observer?.RateLimited(MethodOf(args.Context), args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.Timeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        if (outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests)
            return true;
        var request = context.GetRequestMessage();
        if (request is null || !request.Options.TryGetValue(Idempotent, out var idempotent) || !idempotent)
            return false;
        return outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
            _ => false,
        };
    }

    /// <summary>The wait before retrying a 429; null (= exponential backoff) for everything else.</summary>
    internal static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, TimeProvider time, TimeSpan max)
    {
        if (outcome.Result is not { StatusCode: HttpStatusCode.TooManyRequests } response)
            return null;
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(1));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > max ? max : delay;
    }

    private static string MethodOf(ResilienceContext context) =>
        context.GetRequestMessage()?.RequestUri is { } uri ? uri.Segments[^1] : "?";
}
