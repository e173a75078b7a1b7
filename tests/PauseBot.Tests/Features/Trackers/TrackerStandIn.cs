using PauseBot.TimeTracking.StandIns;

namespace PauseBot.Tests.Features.Trackers;

/// <summary>One tracker stand-in as the end-to-end scenario needs it, the same steps for Harvest, Toggl and Clockify.</summary>
public abstract class TrackerStandIn : IAsyncDisposable
{
    public abstract string Name { get; }
    public abstract StandInServer Server { get; }
    public abstract IReadOnlyDictionary<string, string?> Settings { get; }
    /// <summary>The path of the project's update call (PATCH/PUT), for counting archive calls.</summary>
    public abstract string ProjectPath(string projectId);
    public abstract string UpdateMethod { get; }
    public abstract string AddProject(string name);
    public abstract bool IsActive(string projectId);
    /// <summary>Adds a person and returns the tracker's handle for them.</summary>
    public abstract string AddPerson(string name, string email);
    /// <summary>A finished entry of 1.5 h logged now by <paramref name="person"/>.</summary>
    public abstract void LogNinetyMinutesNow(string projectId, string person);
    /// <summary>Starts a timer of <paramref name="person"/> (Toggl: the token owner's own) now; returns a check of whether it still runs.</summary>
    public abstract Func<bool> StartTimer(string projectId, string person);

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    public static async Task<TrackerStandIn> StartAsync(string name) => name switch
    {
        "harvest" => new Harvest(await HarvestStandIn.StartAsync()),
        "toggl" => new Toggl(await TogglStandIn.StartAsync()),
        _ => new Clockify(await ClockifyStandIn.StartAsync()),
    };

    private sealed class Harvest(HarvestStandIn h) : TrackerStandIn
    {
        public override string Name => "harvest";
        public override StandInServer Server => h;
        public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["TimeTracking:Harvest:AccessToken"] = h.AccessToken, ["TimeTracking:Harvest:AccountId"] = h.AccountId,
            ["TimeTracking:Harvest:BaseUrl"] = h.BaseUrl.AbsoluteUri,
        };
        public override string ProjectPath(string projectId) => $"/v2/projects/{projectId}";
        public override string UpdateMethod => "PATCH";
        public override string AddProject(string name) => $"{h.AddProject(name)}";
        public override bool IsActive(string projectId) => h.IsActive(long.Parse(projectId));
        public override string AddPerson(string name, string email) => $"{h.AddUser(name.Split(' ')[0], name.Split(' ')[1], email)}";
        public override void LogNinetyMinutesNow(string projectId, string person) =>
            h.AddTimeEntry(long.Parse(projectId), long.Parse(person), 1.5m, DateOnly.FromDateTime(h.Time.GetUtcNow().UtcDateTime));
        public override Func<bool> StartTimer(string projectId, string person)
        {
            var id = h.StartTimer(long.Parse(projectId), long.Parse(person));
            return () => h.IsRunning(id);
        }
    }

    private sealed class Toggl(TogglStandIn t) : TrackerStandIn
    {
        public override string Name => "toggl";
        public override StandInServer Server => t;
        public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["TimeTracking:Toggl:ApiToken"] = t.ApiToken, ["TimeTracking:Toggl:WorkspaceId"] = t.WorkspaceId,
            ["TimeTracking:Toggl:BaseUrl"] = t.BaseUrl.AbsoluteUri,
        };
        public override string ProjectPath(string projectId) => $"/api/v9/workspaces/{t.WorkspaceId}/projects/{projectId}";
        public override string UpdateMethod => "PUT";
        public override string AddProject(string name) => $"{t.AddProject(name)}";
        public override bool IsActive(string projectId) => t.IsActive(long.Parse(projectId));
        public override string AddPerson(string name, string email) => $"{t.AddUser(name, email)}";
        public override void LogNinetyMinutesNow(string projectId, string person) =>
            t.AddTimeEntry(long.Parse(projectId), long.Parse(person), t.Time.GetUtcNow().AddSeconds(1), TimeSpan.FromMinutes(90));
        public override Func<bool> StartTimer(string projectId, string person)
        {
            var id = t.StartTimer(long.Parse(projectId)); // the API shows only the token owner's running timer
            return () => t.IsRunning(id);
        }
    }

    private sealed class Clockify(ClockifyStandIn c) : TrackerStandIn
    {
        public override string Name => "clockify";
        public override StandInServer Server => c;
        public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["TimeTracking:Clockify:ApiKey"] = c.ApiKey, ["TimeTracking:Clockify:WorkspaceId"] = c.WorkspaceId,
            ["TimeTracking:Clockify:BaseUrl"] = c.BaseUrl.AbsoluteUri,
        };
        public override string ProjectPath(string projectId) => $"/api/v1/workspaces/{c.WorkspaceId}/projects/{projectId}";
        public override string UpdateMethod => "PUT";
        public override string AddProject(string name) => c.AddProject(name);
        public override bool IsActive(string projectId) => !c.IsArchived(projectId);
        public override string AddPerson(string name, string email) => c.AddUser(name, email);
        public override void LogNinetyMinutesNow(string projectId, string person) =>
            c.AddTimeEntry(projectId, person, c.Time.GetUtcNow().AddSeconds(1), TimeSpan.FromMinutes(90));
        public override Func<bool> StartTimer(string projectId, string person)
        {
            var id = c.StartTimer(projectId, person);
            return () => c.IsRunning(id);
        }
    }
}
