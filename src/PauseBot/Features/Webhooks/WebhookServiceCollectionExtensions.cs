namespace PauseBot.Features.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Signed webhooks: the enqueuer used by the announcer, the sender used by the outbox, and their own HttpClient —
    /// without a resilience handler (the outbox already retries with backoff) and without following redirects.
    /// </summary>
    public static IServiceCollection AddPauseBotWebhooks(this IServiceCollection services)
    {
        services.AddScoped<WebhookEvents>();
        services.AddScoped<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        return services;
    }
}
