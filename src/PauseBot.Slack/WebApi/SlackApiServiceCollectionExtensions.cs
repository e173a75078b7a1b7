using Microsoft.Extensions.DependencyInjection.Extensions;
using PauseBot.Slack.Diagnostics;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.WebApi;

namespace Microsoft.Extensions.DependencyInjection;

public static class SlackApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Web API client (<see cref="ISlackApiClient"/>, each family interface, and
    /// <see cref="IAppsApi"/> for the app-level token), <see cref="IResponseUrlClient"/>
    /// and <see cref="IBotIdentityProvider"/>, on HttpClients with one resilience handler each. Options come from
    /// <paramref name="configure"/> and/or <c>AddOptions&lt;SlackApiOptions&gt;().Bind(...)</c>; the token is checked at start.
    /// </summary>
    public static IServiceCollection AddSlackApi(this IServiceCollection services, Action<SlackApiOptions>? configure = null)
    {
        var optionsBuilder = services.AddOptions<SlackApiOptions>();
        if (configure is not null)
            optionsBuilder.Configure(configure);
        if (services.Any(d => d.ServiceType == typeof(ISlackApiClient)))
            return services;

        optionsBuilder
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotToken), "Slack bot token (BotToken) is required.")
            .Validate(o => o.ApiBaseUrl is { IsAbsoluteUri: true }, "ApiBaseUrl must be an absolute URL.")
            .Validate(o => o.Timeout > TimeSpan.Zero && o.TotalTimeout >= o.Timeout, "Timeout must be positive and at most TotalTimeout.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackTelemetry>();
        services.AddHttpClient<SlackApiTransport>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("slack-web-api", SlackResilience.Configure);
        services.AddHttpClient<IResponseUrlClient, ResponseUrlClient>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("slack-response-url", SlackResilience.Configure);
        services.TryAddTransient<IChatApi, ChatApi>();
        services.TryAddTransient<IViewsApi, ViewsApi>();
        services.TryAddTransient<IConversationsApi, ConversationsApi>();
        services.TryAddTransient<IUsersApi, UsersApi>();
        services.TryAddTransient<IAuthApi, AuthApi>();
        services.TryAddTransient<IAppsApi, AppsApi>();
        services.TryAddTransient<ISlackApiClient, SlackApiClient>();
        services.TryAddSingleton<IBotIdentityProvider, AuthTestBotIdentityProvider>();
        return services;
    }
}
