using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PauseBot.Configuration;
using PauseBot.Core.Access;
using PauseBot.Core.Projects;
using PauseBot.Slack.WebApi;

namespace PauseBot.Features.Shared;

/// <summary>
/// Who may see a project: admins, its leads, and members of its channels (its contractors). Nobody else learns
/// anything about it, not even that it exists. Channel members come from <c>conversations.members</c>, cached briefly.
/// </summary>
public sealed class ProjectVisibility(
    IConversationsApi conversations, IMemoryCache cache, IOptions<PauseBotOptions> options, ILogger<ProjectVisibility> log)
{
    public async Task<bool> CanSeeAsync(Actor actor, Project project, CancellationToken ct) =>
        actor.CanManage(project) || await IsContractorAsync(actor.UserId, project, ct);

    public async Task<bool> IsContractorAsync(string userId, Project project, CancellationToken ct)
    {
        foreach (var channel in project.Channels)
            if ((await MembersAsync(channel.ChannelId, ct)).Contains(userId))
                return true;
        return false;
    }

    public async Task<IReadOnlyList<Project>> VisibleAsync(Actor actor, IEnumerable<Project> projects, CancellationToken ct)
    {
        var visible = new List<Project>();
        foreach (var project in projects)
            if (await CanSeeAsync(actor, project, ct))
                visible.Add(project);
        return visible;
    }

    /// <summary>Everyone in any of the project's channels (the bot excluded by the caller where it matters).</summary>
    public Task<IReadOnlySet<string>> ContractorsAsync(Project project, CancellationToken ct) =>
        ContractorsAsync(project.Channels.Select(c => c.ChannelId), ct);

    /// <summary>Everyone in any of <paramref name="channelIds"/>.</summary>
    public async Task<IReadOnlySet<string>> ContractorsAsync(IEnumerable<string> channelIds, CancellationToken ct)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var channelId in channelIds)
            all.UnionWith(await MembersAsync(channelId, ct));
        return all;
    }

    public void Forget(string channelId) => cache.Remove(CacheKey(channelId));

    /// <summary>
    /// One <c>conversations.members</c> listing per channel per cache period, shared by concurrent callers: a burst of
    /// questions must not turn into a burst of Tier 4 calls (the limit is per workspace, shared by every replica).
    /// </summary>
    private Task<IReadOnlySet<string>> MembersAsync(string channelId, CancellationToken ct)
    {
        var fetch = cache.GetOrCreate(CacheKey(channelId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.MembershipCacheTime;
            return new Lazy<Task<IReadOnlySet<string>>>(() => FetchMembersAsync(channelId));
        })!;
        return fetch.Value.WaitAsync(ct);
    }

    private async Task<IReadOnlySet<string>> FetchMembersAsync(string channelId)
    {
        try
        {
            // Not the first caller's token: the listing is shared, and the client's own timeouts bound it.
            return (await conversations.AllMembersAsync(channelId, CancellationToken.None)).ToHashSet(StringComparer.Ordinal);
        }
        catch (SlackApiException ex) when (!IsTransient(ex))
        {
            Log.MembersFailed(log, channelId, ex.Error);
            return new HashSet<string>();
        }
        catch
        {
            Forget(channelId);
            throw;
        }
    }

    // Slack down, slow or rate-limiting says nothing about who is in the channel: the caller fails (an inbox row is tried
    // again later) instead of answering as if the person were in none of their projects.
    private static bool IsTransient(SlackApiException ex) => ex.MayHaveTakenEffect || ex.Error == "ratelimited" || ex.StatusCode == 429;

    private static string CacheKey(string channelId) => "members:" + channelId;
}
