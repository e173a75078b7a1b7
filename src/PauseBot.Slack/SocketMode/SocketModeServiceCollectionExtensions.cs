using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.SocketMode;

namespace Microsoft.Extensions.DependencyInjection;

public static class SocketModeServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SocketModeClient"/> as a hosted service (and as itself), feeding envelopes to the
    /// <see cref="SlackRequestDispatcher"/> of <c>AddSlackInbound</c>. Needs <c>AddSlackApi</c> (for <c>apps.connections.open</c>)
    /// and handlers from <c>AddSlackHandlers</c>. Options are validated at start (app token required).
    /// </summary>
    public static IServiceCollection AddSlackSocketMode(this IServiceCollection services, Action<SocketModeOptions>? configure = null)
    {
        var optionsBuilder = services.AddOptions<SocketModeOptions>();
        if (configure is not null)
            optionsBuilder.Configure(configure);
        if (services.Any(d => d.ServiceType == typeof(SocketModeClient)))
            return services;

        optionsBuilder
            .Validate(o => !string.IsNullOrWhiteSpace(o.AppToken), "Slack app-level token (AppToken, xapp-…) is required for Socket Mode.")
            .Validate(o => o.Connections is >= 1 and <= 10, "Connections must be between 1 and 10.")
            .Validate(o => o.ReconnectBaseDelay > TimeSpan.Zero && o.ReconnectMaxDelay >= o.ReconnectBaseDelay,
                "ReconnectBaseDelay must be positive and at most ReconnectMaxDelay.")
            .Validate(o => o.PingInterval > TimeSpan.Zero && o.PingTimeout > TimeSpan.Zero && o.HelloTimeout > TimeSpan.Zero,
                "PingInterval, PingTimeout and HelloTimeout must be positive.")
            .Validate(o => o.MaxMessageBytes > 0 && o.EnvelopeMemoryCapacity > 0, "MaxMessageBytes and EnvelopeMemoryCapacity must be positive.")
            .ValidateOnStart();
        services.AddSlackInbound();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<SocketModeOptions>>().Value;
            return new EnvelopeLedger(sp.GetRequiredService<TimeProvider>(), o.EnvelopeMemory, o.EnvelopeMemoryCapacity);
        });
        services.TryAddSingleton(sp => new SocketEnvelopeHandler(sp.GetRequiredService<SlackRequestDispatcher>(),
            sp.GetRequiredService<EnvelopeLedger>(), sp.GetRequiredService<ILogger<SocketEnvelopeHandler>>()));
        services.AddSingleton(sp => new SocketModeClient(sp, sp.GetRequiredService<SocketEnvelopeHandler>(),
            sp.GetRequiredService<IOptionsMonitor<SocketModeOptions>>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<SocketModeClient>>()));
        services.AddHostedService(sp => sp.GetRequiredService<SocketModeClient>());
        return services;
    }
}
