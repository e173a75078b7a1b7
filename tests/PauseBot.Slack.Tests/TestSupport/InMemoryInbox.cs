using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PauseBot.Slack.Inbound;

namespace PauseBot.Slack.Tests.TestSupport;

/// <summary>
/// The inbox port in memory, for the protocol layer's tests (the bot's is its database): rows by key, handled through the
/// real <see cref="InboundDeliveryRunner"/> when a test says so (<see cref="RunAllAsync"/>), or at once one after another
/// when <see cref="AutoRun"/> is on. <see cref="Unavailable"/> makes every write throw, as a database that is down.
/// </summary>
internal sealed class InMemoryInbox(IServiceProvider services) : ISlackInbox
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Row> rows = new(StringComparer.Ordinal);
    private Task tail = Task.CompletedTask;
    private long nextId;

    public sealed record Row(StoredDelivery Stored)
    {
        public string State { get; set; } = "pending";
        public List<Exception> Failures { get; } = [];
    }

    public bool AutoRun { get; set; }
    public bool Unavailable { get; set; }
    public ConcurrentQueue<string> Forgotten { get; } = new();

    public IReadOnlyList<Row> Rows
    {
        get { lock (gate) return [.. rows.Values.OrderBy(r => r.Stored.Id)]; }
    }

    public Task<bool> AddAsync(InboundDelivery delivery, CancellationToken ct) => Task.FromResult(Add(delivery, "worker") is not null);

    public Task<StoredDelivery?> AddClaimedAsync(InboundDelivery delivery, CancellationToken ct) =>
        Task.FromResult(Add(delivery, "request", run: false)?.Stored);

    public Task FailedAsync(StoredDelivery stored, Exception error, CancellationToken ct)
    {
        lock (gate) rows[stored.Delivery.Key].Failures.Add(error);
        return Task.CompletedTask;
    }

    public Task ForgetAsync(StoredDelivery stored, CancellationToken ct)
    {
        lock (gate) rows.Remove(stored.Delivery.Key);
        Forgotten.Enqueue(stored.Delivery.Key);
        return Task.CompletedTask;
    }

    /// <summary>Handles every pending row, oldest first, each in its own scope; a handler's exception is recorded as a failure.</summary>
    public async Task RunAllAsync()
    {
        await tail;
        foreach (var row in Rows.Where(r => r.State == "pending" && r.Stored.Claim == "worker"))
            await RunAsync(row);
    }

    internal void Complete(StoredDelivery stored)
    {
        lock (gate)
            if (rows.TryGetValue(stored.Delivery.Key, out var row)) row.State = "done";
    }

    private Row? Add(InboundDelivery delivery, string claim, bool run = true)
    {
        if (Unavailable) throw new InvalidOperationException("the database is down");
        Row row;
        lock (gate)
        {
            if (rows.ContainsKey(delivery.Key)) return null;
            row = rows[delivery.Key] = new Row(new StoredDelivery(++nextId, delivery, claim, 0));
            if (run && AutoRun) tail = tail.ContinueWith(_ => RunAsync(row), TaskScheduler.Default).Unwrap();
        }
        return row;
    }

    private async Task RunAsync(Row row)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            await services.GetRequiredService<InboundDeliveryRunner>().RunAsync(row.Stored, scope.ServiceProvider, CancellationToken.None);
        }
        catch (Exception ex)
        {
            lock (gate) row.Failures.Add(ex);
        }
    }
}

/// <summary>The scoped side: "handled" is recorded when the handler returns (there is no commit step in these tests).</summary>
internal sealed class InMemoryCompletion(InMemoryInbox inbox) : IInboxCompletion
{
    private StoredDelivery? enlisted;

    public void Enlist(StoredDelivery stored) => enlisted = stored;

    public Task<bool> CompleteAsync(CancellationToken ct)
    {
        inbox.Complete(enlisted ?? throw new InvalidOperationException("nothing enlisted"));
        return Task.FromResult(true);
    }
}

internal static class InMemoryInboxServiceCollectionExtensions
{
    public static IServiceCollection AddInMemoryInbox(this IServiceCollection services, bool autoRun = false) => services
        .AddSingleton(sp => new InMemoryInbox(sp) { AutoRun = autoRun })
        .AddSingleton<ISlackInbox>(sp => sp.GetRequiredService<InMemoryInbox>())
        .AddScoped<IInboxCompletion, InMemoryCompletion>();
}
