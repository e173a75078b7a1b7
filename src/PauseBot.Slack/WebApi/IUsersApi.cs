namespace PauseBot.Slack.WebApi;

/// <summary><c>users.*</c> methods. https://docs.slack.dev/reference/methods?family=users</summary>
public interface IUsersApi
{
    /// <summary><c>users.info</c>.</summary>
    Task<User> InfoAsync(string user, CancellationToken ct = default);
}
