using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PauseBot.TimeTracking.Http;

/// <summary>
/// The one resilience pipeline of every tracker HttpClient (total timeout → retry → attempt timeout), on the injected
/// <see cref="TimeProvider"/>. 429 is always retried after <c>Retry-After</c> (capped; 1 s without the header); 5xx, 408,
/// timeouts and network errors only when the request is marked <see cref="Idempotent"/>. Retries are logged without URLs'
/// queries or any header.
/// </summary>
internal static class TrackerResilience
{
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("PauseBot.TimeTracking.Idempotent");

    public static Action<ResiliencePipelineBuilder<HttpResponseMessage>, ResilienceHandlerContext> For(string tracker) =>
        (builder, context) => Configure(builder, context, tracker);

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context, string tracker)
    {
        var services = context.ServiceProvider;
        var options = services.GetRequiredService<IOptions<TrackerHttpOptions>>().Value;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TrackerResilience).FullName!);
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
                    Log.Retry(log, tracker, PathOf(args.Context), args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode,
                        args.Outcome.Exception?.GetType().Name, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
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

    /// <summary>The wait before retrying a 429 (its <c>Retry-After</c>, capped at <paramref name="max"/>); null = exponential backoff.</summary>
    internal static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, TimeProvider time, TimeSpan max)
    {
        if (outcome.Result is not { StatusCode: HttpStatusCode.TooManyRequests } response)
            return null;
        var header = response.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : TimeSpan.FromSeconds(1));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > max ? max : delay;
    }

    private static string PathOf(ResilienceContext context) => context.GetRequestMessage()?.RequestUri?.AbsolutePath ?? "?";
}
