namespace PauseBot.TimeTracking.StandIns;

/// <summary>
/// A Toggl Track stand-in: API v9 (<c>/api/v9/…</c>) and the Reports API v3 detailed search
/// (<c>/reports/api/v3/…</c>) of one workspace (https://engineering.toggl.com/docs/). Basic auth <c>{token}:api_token</c>
/// (401 otherwise), another workspace or a non-admin token where admins are needed (403), unknown ids (404), stopping a
/// stopped entry (409). The token's own user is <see cref="OwnerUserId"/>. Point <c>TimeTracking:Toggl:BaseUrl</c> at
/// <see cref="BaseUrl"/>.
/// </summary>
public sealed partial class TogglStandIn : StandInServer
{
    private readonly Dictionary<long, Project> projects = [];
    private readonly Dictionary<long, User> users = [];
    private readonly SortedDictionary<long, Entry> entries = [];
    private long nextProject = 193791, nextUser = 6001, nextEntry = 436694100;

    private TogglStandIn(TimeProvider? time) : base(time) =>
        OwnerUserId = AddUser("Workspace Admin", "admin@example.com");

    /// <summary>Starts a stand-in on 127.0.0.1 with an ephemeral port.</summary>
    public static async Task<TogglStandIn> StartAsync(TimeProvider? time = null, CancellationToken ct = default)
    {
        var standIn = new TogglStandIn(time);
        await standIn.StartServerAsync(ct);
        return standIn;
    }

    /// <summary>The root the client appends <c>/api/v9/…</c> and <c>/reports/api/v3/…</c> to.</summary>
    public Uri BaseUrl => Origin;

    /// <summary>The API token accepted as basic-auth user name (password <c>api_token</c>).</summary>
    public string ApiToken { get; } = "tg" + Guid.NewGuid().ToString("N");

    /// <summary>The workspace the token may see.</summary>
    public string WorkspaceId { get; } = "4561855";

    /// <summary>The token's own user (its running entry is what <c>/me/time_entries/current</c> shows).</summary>
    public long OwnerUserId { get; }

    /// <summary>False makes the token's user a plain member: updating projects and listing users answer 403. Default true.</summary>
    public bool IsAdmin { get; set; } = true;

    /// <summary>Adds a project to the workspace; returns its id.</summary>
    public long AddProject(string name, bool active = true)
    {
        lock (State) { projects[nextProject] = new Project(nextProject, name) { Active = active }; return nextProject++; }
    }

    /// <summary>Whether the project is active (not archived) now.</summary>
    public bool IsActive(long projectId)
    {
        lock (State) return projects[projectId].Active;
    }

    /// <summary>Adds a workspace member; returns their id.</summary>
    public long AddUser(string fullName, string email)
    {
        lock (State) { users[nextUser] = new User(nextUser, fullName, email); return nextUser++; }
    }

    /// <summary>Adds a stopped entry of <paramref name="duration"/> starting at <paramref name="start"/>.</summary>
    public long AddTimeEntry(long projectId, long userId, DateTimeOffset start, TimeSpan duration)
    {
        lock (State) { entries[nextEntry] = new Entry(nextEntry, projectId, userId, start) { Stop = start + duration }; return nextEntry++; }
    }

    /// <summary>Starts a running entry (default: the token owner's, now).</summary>
    public long StartTimer(long projectId, long? userId = null, DateTimeOffset? start = null)
    {
        lock (State) { entries[nextEntry] = new Entry(nextEntry, projectId, userId ?? OwnerUserId, start ?? Time.GetUtcNow()); return nextEntry++; }
    }

    /// <summary>Whether the entry runs now.</summary>
    public bool IsRunning(long entryId)
    {
        lock (State) return entries[entryId].Stop is null;
    }

    private sealed record Project(long Id, string Name)
    {
        public bool Active { get; set; } = true;
    }

    private sealed record User(long Id, string FullName, string Email);

    private sealed record Entry(long Id, long ProjectId, long UserId, DateTimeOffset Start)
    {
        public DateTimeOffset? Stop { get; set; }
    }
}
