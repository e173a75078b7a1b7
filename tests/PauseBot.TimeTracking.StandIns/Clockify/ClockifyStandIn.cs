namespace PauseBot.TimeTracking.StandIns;

/// <summary>
/// A Clockify API v1 stand-in (https://docs.clockify.me/) serving <c>/api/v1/workspaces/{workspaceId}/…</c> for one
/// workspace: <c>X-Api-Key</c> checked (401), another workspace or a non-admin key where admins are needed (403), unknown ids
/// (404), stopping a user with no running timer (404). Point <c>TimeTracking:Clockify:BaseUrl</c> at <see cref="BaseUrl"/>
/// (it ends in <c>/api</c>, like <c>https://api.clockify.me/api</c>).
/// </summary>
public sealed partial class ClockifyStandIn : StandInServer
{
    private readonly Dictionary<string, Project> projects = [];
    private readonly Dictionary<string, User> users = [];
    private readonly List<Entry> entries = [];
    private int next = 0x1000;

    private ClockifyStandIn(TimeProvider? time) : base(time) => OwnerUserId = AddUser("Workspace Admin", "admin@example.com");

    /// <summary>Starts a stand-in on 127.0.0.1 with an ephemeral port.</summary>
    public static async Task<ClockifyStandIn> StartAsync(TimeProvider? time = null, CancellationToken ct = default)
    {
        var standIn = new ClockifyStandIn(time);
        await standIn.StartServerAsync(ct);
        return standIn;
    }

    /// <summary><c>http://127.0.0.1:{port}/api</c>; the client appends <c>/v1/…</c>.</summary>
    public Uri BaseUrl => new(Origin, "api");

    /// <summary>The API key accepted as <c>X-Api-Key</c>.</summary>
    public string ApiKey { get; } = "ck-" + Guid.NewGuid().ToString("N");

    /// <summary>The workspace the key may see.</summary>
    public string WorkspaceId { get; } = "626f9e3b36c2670314c0386e";

    /// <summary>The key's own user.</summary>
    public string OwnerUserId { get; }

    /// <summary>False makes the key's user a regular member: updating projects, listing running entries and stopping others' timers answer 403. Default true.</summary>
    public bool IsAdmin { get; set; } = true;

    /// <summary>Adds a project; returns its id.</summary>
    public string AddProject(string name, bool archived = false)
    {
        lock (State) { var id = NewId(); projects[id] = new Project(id, name) { Archived = archived }; return id; }
    }

    /// <summary>Whether the project is archived now.</summary>
    public bool IsArchived(string projectId)
    {
        lock (State) return projects[projectId].Archived;
    }

    /// <summary>Adds a workspace member; returns their id.</summary>
    public string AddUser(string name, string email)
    {
        lock (State) { var id = NewId(); users[id] = new User(id, name, email); return id; }
    }

    /// <summary>Adds a finished entry.</summary>
    public string AddTimeEntry(string projectId, string userId, DateTimeOffset start, TimeSpan duration)
    {
        lock (State) { var id = NewId(); entries.Add(new Entry(id, projectId, userId, start) { End = start + duration }); return id; }
    }

    /// <summary>Starts a running entry for the user (default now).</summary>
    public string StartTimer(string projectId, string userId, DateTimeOffset? start = null)
    {
        lock (State) { var id = NewId(); entries.Add(new Entry(id, projectId, userId, start ?? Time.GetUtcNow())); return id; }
    }

    /// <summary>Whether the entry runs now.</summary>
    public bool IsRunning(string entryId)
    {
        lock (State) return entries.Single(e => e.Id == entryId).End is null;
    }

    private string NewId() => $"64a687e29ae1f428e7eb{next++:x4}";

    private sealed record Project(string Id, string Name)
    {
        public bool Archived { get; set; }
    }

    private sealed record User(string Id, string Name, string Email);

    private sealed record Entry(string Id, string ProjectId, string UserId, DateTimeOffset Start)
    {
        public DateTimeOffset? End { get; set; }
    }
}
