using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Shared;

/// <summary>One verb of <c>/pausebot</c> (e.g. <c>status</c>); <paramref name="text"/> is what follows the verb.</summary>
public interface IPauseBotVerb
{
    Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct);
}

/// <summary>What a verb is called and how it is used, known without building it (only the named verb is built).</summary>
public interface IPauseBotVerbInfo
{
    static abstract string Name { get; }

    /// <summary>Usage lines with an example each, shown by <c>/pausebot help</c>.</summary>
    static abstract IReadOnlyList<string> Usage { get; }
}

/// <summary>A registered verb: its name and usage; the verb itself is a keyed scoped service under <see cref="Name"/>.</summary>
public sealed record PauseBotVerbEntry(string Name, IReadOnlyList<string> Usage);

public static class PauseBotVerbServiceCollectionExtensions
{
    public static IServiceCollection AddPauseBotVerb<TVerb>(this IServiceCollection services)
        where TVerb : class, IPauseBotVerb, IPauseBotVerbInfo
    {
        services.AddKeyedScoped<IPauseBotVerb, TVerb>(TVerb.Name);
        services.AddSingleton(new PauseBotVerbEntry(TVerb.Name, TVerb.Usage));
        return services;
    }
}
