using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseBot.Slack.Diagnostics;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Signing;

namespace Microsoft.Extensions.DependencyInjection;

public static class SlackInboundServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SlackRequestDispatcher"/>, <see cref="InboundDeliveryRunner"/> and <see cref="SlackInboundOptions"/>,
    /// validated at start (signing secret required unless RequireSigningSecret is off). Safe to call more than once.
    /// <c>AddSlackHandlers</c> calls it. The host provides the durable inbox: <see cref="ISlackInbox"/> (singleton) and
    /// <see cref="IInboxCompletion"/> (scoped), and workers that hand stored deliveries to <see cref="InboundDeliveryRunner"/>;
    /// posting answers needs <c>AddSlackApi</c> (for <c>IResponseUrlClient</c>).
    /// </summary>
    public static IServiceCollection AddSlackInbound(this IServiceCollection services, Action<SlackInboundOptions>? configure = null)
    {
        var optionsBuilder = services.AddOptions<SlackInboundOptions>();
        if (configure is not null)
            optionsBuilder.Configure(configure);
        if (services.Any(d => d.ServiceType == typeof(SlackRequestDispatcher)))
            return services;

        optionsBuilder
            .Validate(o => !o.RequireSigningSecret || !string.IsNullOrWhiteSpace(o.SigningSecret), "Slack signing secret (SigningSecret) is required.")
            .Validate(o => o.AckTimeout > TimeSpan.Zero && o.AckTimeout <= TimeSpan.FromSeconds(3), "AckTimeout must be between 0 and 3 seconds.")
            .ValidateOnStart();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SlackTelemetry>();
        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton(sp => new SlackHandlerRegistry(sp.GetServices<HandlerRegistration>()));
        services.TryAddSingleton<SlackBackgroundWork>();
        services.TryAddSingleton<AckDeadlineRunner>();
        services.TryAddSingleton<CommandRouter>();
        services.TryAddSingleton<EventRouter>();
        services.TryAddSingleton<InteractionRouter>();
        services.AddSingleton(sp => new SlackRequestDispatcher(
            sp.GetRequiredService<SlackSignatureVerifier>(), sp.GetRequiredService<IOptionsMonitor<SlackInboundOptions>>(),
            sp.GetRequiredService<CommandRouter>(), sp.GetRequiredService<EventRouter>(),
            sp.GetRequiredService<InteractionRouter>(), sp.GetRequiredService<ILogger<SlackRequestDispatcher>>()));
        services.AddSingleton(sp => new InboundDeliveryRunner(sp.GetRequiredService<SlackHandlerRegistry>(),
            sp.GetRequiredService<SlackTelemetry>(), sp.GetRequiredService<ILogger<InboundDeliveryRunner>>()));
        return services;
    }
}
