namespace PauseBot.Features.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Signed webhooks: the sender the outbox delivers them with (their events are enqueued by <see cref="WebhookEvents"/>, one of
    /// the outcome announcers registered with the host), and its own HttpClient —
    /// without a resilience handler (the outbox already retries with backoff) and without following redirects.
    /// </summary>
    public static IServiceCollection AddPauseBotWebhooks(this IServiceCollection services)
    {
        services.AddScoped<WebhookSender>();
        services.AddHttpClient(WebhookSender.ClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        return services;
    }
}
