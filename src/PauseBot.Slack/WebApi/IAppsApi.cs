namespace PauseBot.Slack.WebApi;

/// <summary>
/// <c>apps.*</c> methods, called with the app-level token (<c>xapp-…</c>) rather than the bot token, which is why this
/// family is registered on its own and not part of <see cref="ISlackApiClient"/>.
/// https://docs.slack.dev/reference/methods/apps.connections.open
/// </summary>
public interface IAppsApi
{
    /// <summary>
    /// <c>apps.connections.open</c>: a fresh, single-use WebSocket URL for Socket Mode. <paramref name="appToken"/> (scope
    /// <c>connections:write</c>) is sent only as <c>Authorization: Bearer</c>, never as a parameter.
    /// </summary>
    Task<ConnectionsOpenResponse> ConnectionsOpenAsync(string appToken, CancellationToken ct = default);
}
