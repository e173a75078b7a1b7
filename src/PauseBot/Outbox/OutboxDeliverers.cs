using PauseBot.Persistence.Outbox;

namespace PauseBot.Outbox;

/// <summary>
/// Which deliverer handles which <see cref="OutboxKind"/>. Built once from the registrations: a kind registered twice, or a
/// kind with no deliverer, stops the host at startup (the dispatcher depends on this) instead of failing rows at runtime.
/// </summary>
public sealed class OutboxDeliverers
{
    private readonly Dictionary<OutboxKind, Type> _byKind = [];

    public OutboxDeliverers(IEnumerable<OutboxDelivererRegistration> registrations)
    {
        foreach (var registration in registrations)
            if (!_byKind.TryAdd(registration.Kind, registration.Deliverer))
                throw new InvalidOperationException(
                    $"Outbox kind {registration.Kind} has two deliverers: {_byKind[registration.Kind].Name} and {registration.Deliverer.Name}.");
        var missing = Enum.GetValues<OutboxKind>().Where(k => !_byKind.ContainsKey(k)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"No outbox deliverer for {string.Join(", ", missing)}.");
    }

    /// <summary>The deliverer of <paramref name="kind"/>, from <paramref name="scope"/> (deliverers are scoped).</summary>
    public IOutboxDeliverer Resolve(IServiceProvider scope, OutboxKind kind) =>
        _byKind.ContainsKey(kind)
            ? scope.GetRequiredKeyedService<IOutboxDeliverer>(kind)
            : throw new InvalidOperationException($"Unknown outbox kind {kind}.");
}

/// <summary>One kind's deliverer, as registered.</summary>
public sealed record OutboxDelivererRegistration(OutboxKind Kind, Type Deliverer);

public static class OutboxDelivererServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TDeliverer"/> (scoped) as the deliverer of <paramref name="kind"/>.</summary>
    public static IServiceCollection AddOutboxDeliverer<TDeliverer>(this IServiceCollection services, OutboxKind kind)
        where TDeliverer : class, IOutboxDeliverer
    {
        services.AddKeyedScoped<IOutboxDeliverer, TDeliverer>(kind);
        services.AddSingleton(new OutboxDelivererRegistration(kind, typeof(TDeliverer)));
        return services;
    }
}
