using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PauseBot.TimeTracking.StandIns;

namespace PauseBot.TimeTracking.Tests.TestSupport;

/// <summary>The time-tracking services as the host registers them, configured for stand-ins, with every log line captured.</summary>
internal sealed class TrackerServices : IDisposable
{
    private readonly ServiceProvider provider;

    private TrackerServices(IDictionary<string, string?> settings, TimeProvider? time, Action<TrackerHttpOptions>? http)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        if (time is not null) services.AddSingleton(time);
        services.AddTimeTracking(configuration);
        services.Configure<TrackerHttpOptions>(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            o.MaxRetryAttempts = 2;
            http?.Invoke(o);
        });
        provider = services.BuildServiceProvider(validateScopes: true);
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public ITimeTrackers Trackers => provider.GetRequiredService<ITimeTrackers>();

    public static TrackerServices For(HarvestStandIn h, TimeProvider? time = null, Action<TrackerHttpOptions>? http = null, string? token = null) =>
        new(new Dictionary<string, string?>
        {
            ["TimeTracking:Harvest:AccessToken"] = token ?? h.AccessToken, ["TimeTracking:Harvest:AccountId"] = h.AccountId,
            ["TimeTracking:Harvest:BaseUrl"] = h.BaseUrl.AbsoluteUri, ["TimeTracking:Harvest:UserAgent"] = "PauseBot tests (tests@example.com)",
        }, time, http);

    public static TrackerServices For(TogglStandIn t, TimeProvider? time = null, Action<TrackerHttpOptions>? http = null, string? token = null) =>
        new(new Dictionary<string, string?>
        {
            ["TimeTracking:Toggl:ApiToken"] = token ?? t.ApiToken, ["TimeTracking:Toggl:WorkspaceId"] = t.WorkspaceId,
            ["TimeTracking:Toggl:BaseUrl"] = t.BaseUrl.AbsoluteUri,
        }, time, http);

    public static TrackerServices For(ClockifyStandIn c, TimeProvider? time = null, Action<TrackerHttpOptions>? http = null, string? key = null) =>
        new(new Dictionary<string, string?>
        {
            ["TimeTracking:Clockify:ApiKey"] = key ?? c.ApiKey, ["TimeTracking:Clockify:WorkspaceId"] = c.WorkspaceId,
            ["TimeTracking:Clockify:BaseUrl"] = c.BaseUrl.AbsoluteUri,
        }, time, http);

    public static TrackerServices With(IDictionary<string, string?> settings) => new(settings, null, null);

    public ITimeTracker Tracker(TrackerKind kind) => Trackers.Get(kind) ?? throw new InvalidOperationException($"{kind} is not configured");

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public void Dispose() => provider.Dispose();
}
