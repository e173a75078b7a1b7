using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseBot.TimeTracking.Clockify;
using PauseBot.TimeTracking.Harvest;
using PauseBot.TimeTracking.Toggl;

namespace PauseBot.TimeTracking;

/// <summary>The configured trackers: a connector counts when both its credential and its account/workspace id are set.</summary>
internal sealed class TimeTrackers(IServiceProvider services, IOptions<TimeTrackingOptions> options) : ITimeTrackers
{
    public IReadOnlyList<TrackerKind> Enabled { get; } = Configured(options.Value);

    public ITimeTracker? Get(TrackerKind kind) => !Enabled.Contains(kind) ? null : kind switch
    {
        TrackerKind.Harvest => services.GetRequiredService<HarvestClient>(),
        TrackerKind.Toggl => services.GetRequiredService<TogglClient>(),
        TrackerKind.Clockify => services.GetRequiredService<ClockifyClient>(),
        _ => null,
    };

    private static TrackerKind[] Configured(TimeTrackingOptions o) =>
    [
        .. o.Harvest.Enabled ? [TrackerKind.Harvest] : Array.Empty<TrackerKind>(),
        .. o.Toggl.Enabled ? [TrackerKind.Toggl] : Array.Empty<TrackerKind>(),
        .. o.Clockify.Enabled ? [TrackerKind.Clockify] : Array.Empty<TrackerKind>(),
    ];
}
