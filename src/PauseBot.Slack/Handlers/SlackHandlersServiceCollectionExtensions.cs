using Microsoft.Extensions.DependencyInjection.Extensions;
using PauseBot.Slack.Handlers;

namespace Microsoft.Extensions.DependencyInjection;

public static class SlackHandlersServiceCollectionExtensions
{
    /// <summary>
    /// Registers Slack handlers (scoped, resolved per request or event in a fresh scope) and the inbound pipeline
    /// (<see cref="SlackInboundServiceCollectionExtensions.AddSlackInbound"/>). May be called more than once;
    /// duplicate keys across calls throw when the registry is built at startup.
    /// </summary>
    public static IServiceCollection AddSlackHandlers(this IServiceCollection services, Action<SlackHandlerRegistryBuilder> configure)
    {
        var builder = new SlackHandlerRegistryBuilder();
        configure(builder);
        foreach (var registration in builder.Registrations)
        {
            services.TryAddScoped(registration.HandlerType);
            services.AddSingleton(registration);
        }
        services.TryAddSingleton(sp => new SlackHandlerRegistry(sp.GetServices<HandlerRegistration>()));
        services.AddSlackInbound();
        return services;
    }
}
