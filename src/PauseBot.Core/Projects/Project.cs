
namespace PauseBot.Core.Projects;

/// <summary>A client project whose work can be paused. Its channels' members are its contractors.</summary>
public sealed class Project
{
    private readonly List<ProjectChannel> _channels = [];
    private readonly List<ProjectLead> _leads = [];

    private Project() { }

    public string Key { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    /// <summary>IANA zone used for wall-clock schedules and plain-text fallbacks.</summary>
    public string TimeZoneId { get; private set; } = "UTC";
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public bool QuietWeekends { get; private set; }
    public IReadOnlyList<ProjectChannel> Channels => _channels;
    public IReadOnlyList<ProjectLead> Leads => _leads;

    public static bool IsValidKey(string key) => Slug.IsValid(key);

    public static Project Create(string key, string displayName, string channelId, string createdBy, DateTimeOffset now)
    {
        if (!IsValidKey(key))
            throw new DomainException($"'{key}' is not a valid project key.");
        var project = new Project
        {
            Key = key,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? key : displayName.Trim(),
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        project._channels.Add(new ProjectChannel(key, channelId));
        return project;
    }

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public bool IsLead(string userId) => _leads.Any(l => l.UserId == userId);

    public bool HasChannel(string channelId) => _channels.Any(c => c.ChannelId == channelId);

    public bool AddChannel(string channelId)
    {
        if (HasChannel(channelId)) return false;
        _channels.Add(new ProjectChannel(Key, channelId));
        return true;
    }

    /// <summary>Removes a channel; a project keeps at least one, so removing the last is refused (false).</summary>
    public bool RemoveChannel(string channelId)
    {
        var channel = _channels.FirstOrDefault(c => c.ChannelId == channelId);
        if (channel is null || _channels.Count == 1) return false;
        return _channels.Remove(channel);
    }

    public bool AddLead(string userId)
    {
        if (IsLead(userId)) return false;
        _leads.Add(new ProjectLead(Key, userId));
        return true;
    }

    public bool RemoveLead(string userId) => _leads.RemoveAll(l => l.UserId == userId) > 0;

    public void SetTimeZone(TimeZoneInfo zone) => TimeZoneId = zone.Id;

    public void SetQuietWeekends(bool quiet) => QuietWeekends = quiet;
}

/// <summary>A Slack channel (id) that belongs to a project.</summary>
public sealed record ProjectChannel(string ProjectKey, string ChannelId);

/// <summary>A Slack user (id) who leads a project.</summary>
public sealed record ProjectLead(string ProjectKey, string UserId);
