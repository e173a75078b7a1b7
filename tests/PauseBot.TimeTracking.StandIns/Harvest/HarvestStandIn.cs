namespace PauseBot.TimeTracking.StandIns;

/// <summary>
/// A Harvest API v2 stand-in (https://help.getharvest.com/api-v2/): projects, users and time entries of one account, with the
/// checks Harvest documents — <c>User-Agent</c> required (400), bearer token and <c>Harvest-Account-Id</c> (401), the
/// role needed for <c>/v2/projects</c> and <c>/v2/users</c> (403), unknown ids (404), stopping a stopped timer (422).
/// Point <c>TimeTracking:Harvest:BaseUrl</c> at <see cref="BaseUrl"/>.
/// </summary>
public sealed partial class HarvestStandIn : StandInServer
{
    private readonly Dictionary<long, Project> projects = [];
    private readonly Dictionary<long, User> users = [];
    private readonly SortedDictionary<long, Entry> entries = [];
    private long nextProject = 14308069, nextUser = 1782959, nextEntry = 636709355;

    private HarvestStandIn(TimeProvider? time) : base(time) { }

    /// <summary>Starts a stand-in on 127.0.0.1 with an ephemeral port.</summary>
    public static async Task<HarvestStandIn> StartAsync(TimeProvider? time = null, CancellationToken ct = default)
    {
        var standIn = new HarvestStandIn(time);
        await standIn.StartServerAsync(ct);
        return standIn;
    }

    /// <summary>The root the client appends <c>/v2/…</c> to.</summary>
    public Uri BaseUrl => Origin;

    /// <summary>The personal access token accepted as <c>Authorization: Bearer</c>.</summary>
    public string AccessToken { get; } = "hv-pat-" + Guid.NewGuid().ToString("N");

    /// <summary>The account id accepted as <c>Harvest-Account-Id</c>.</summary>
    public string AccountId { get; } = "1121001";

    /// <summary>False makes the token's user a Member: <c>/v2/projects</c> answers 403 ("You must be an Administrator or Manager"). Default true.</summary>
    public bool CanManageProjects { get; set; } = true;

    /// <summary>False makes <c>/v2/users</c> answer 403 (entries then carry no email). Default true.</summary>
    public bool CanListUsers { get; set; } = true;

    /// <summary>Adds a project; returns its id.</summary>
    public long AddProject(string name, bool isActive = true)
    {
        lock (State) { projects[nextProject] = new Project(nextProject, name) { IsActive = isActive }; return nextProject++; }
    }

    /// <summary>Whether the project is active now.</summary>
    public bool IsActive(long projectId)
    {
        lock (State) return projects[projectId].IsActive;
    }

    /// <summary>Adds a user of the account; returns their id.</summary>
    public long AddUser(string firstName, string lastName, string email)
    {
        lock (State) { users[nextUser] = new User(nextUser, firstName, lastName, email); return nextUser++; }
    }

    /// <summary>Adds a stopped time entry; <paramref name="createdAt"/> defaults to now.</summary>
    public long AddTimeEntry(long projectId, long userId, decimal hours, DateOnly spentDate, DateTimeOffset? createdAt = null, bool billable = true)
    {
        lock (State)
        {
            entries[nextEntry] = new Entry(nextEntry, projectId, userId, spentDate, createdAt ?? Time.GetUtcNow(), billable) { HoursWithoutTimer = hours };
            return nextEntry++;
        }
    }

    /// <summary>Starts a timer (a running entry) for the user on the project, on <paramref name="spentDate"/> (default today, UTC).</summary>
    public long StartTimer(long projectId, long userId, DateOnly? spentDate = null)
    {
        lock (State)
        {
            var now = Time.GetUtcNow();
            entries[nextEntry] = new Entry(nextEntry, projectId, userId, spentDate ?? DateOnly.FromDateTime(now.UtcDateTime), now, true) { TimerStartedAt = now };
            return nextEntry++;
        }
    }

    /// <summary>Whether the entry's timer runs now.</summary>
    public bool IsRunning(long entryId)
    {
        lock (State) return entries[entryId].TimerStartedAt is not null;
    }

    private sealed record Project(long Id, string Name)
    {
        public bool IsActive { get; set; } = true;
    }

    private sealed record User(long Id, string FirstName, string LastName, string Email)
    {
        public string Name => $"{FirstName} {LastName}";
    }

    private sealed record Entry(long Id, long ProjectId, long UserId, DateOnly SpentDate, DateTimeOffset CreatedAt, bool Billable)
    {
        public decimal HoursWithoutTimer { get; set; }
        public DateTimeOffset? TimerStartedAt { get; set; }
        public DateTimeOffset UpdatedAt { get; set; } = CreatedAt;
    }
}
