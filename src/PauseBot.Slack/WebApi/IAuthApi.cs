namespace PauseBot.Slack.WebApi;

/// <summary><c>auth.*</c> methods. https://docs.slack.dev/reference/methods/auth.test</summary>
public interface IAuthApi
{
    /// <summary><c>auth.test</c>: who the token belongs to (bot user id, bot id, team).</summary>
    Task<AuthTestResponse> TestAsync(CancellationToken ct = default);
}
