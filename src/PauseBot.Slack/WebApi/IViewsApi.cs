using PauseBot.Slack.Blocks;

namespace PauseBot.Slack.WebApi;

/// <summary><c>views.*</c> methods. https://docs.slack.dev/reference/methods?family=views</summary>
public interface IViewsApi
{
    /// <summary><c>views.publish</c>: sets a user's Home tab. Pass <paramref name="hash"/> to avoid races (<c>hash_conflict</c>).</summary>
    Task<ViewResponse> PublishAsync(string userId, HomeView view, string? hash = null, CancellationToken ct = default);

    /// <summary><c>views.open</c>: opens a modal; the trigger id expires 3 s after the interaction.</summary>
    Task<ViewResponse> OpenAsync(string triggerId, ModalView view, CancellationToken ct = default);

    /// <summary><c>views.update</c>: replaces an open modal, by <paramref name="viewId"/> or <paramref name="externalId"/>.</summary>
    Task<ViewResponse> UpdateAsync(ModalView view, string? viewId = null, string? externalId = null, string? hash = null, CancellationToken ct = default);
}
