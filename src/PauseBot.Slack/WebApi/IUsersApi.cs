namespace PauseBot.Slack.WebApi;

/// <summary><c>users.*</c> methods. https://docs.slack.dev/reference/methods?family=users</summary>
public interface IUsersApi
{
    /// <summary>
    /// <c>users.info</c>: a member by id, with their time zone. Tier 4; needs <c>users:read</c> (the profile's email also
    /// <c>users:read.email</c>); <c>user_not_found</c> for an unknown id. https://docs.slack.dev/reference/methods/users.info
    /// </summary>
    Task<User> InfoAsync(string user, CancellationToken ct = default);

    /// <summary>
    /// <c>users.lookupByEmail</c>: the member whose profile has <paramref name="email"/>. Tier 3; needs
    /// <c>users:read.email</c> (else <c>missing_scope</c>); <c>users_not_found</c> when no member has that address.
    /// https://docs.slack.dev/reference/methods/users.lookupByEmail
    /// </summary>
    Task<User> LookupByEmailAsync(string email, CancellationToken ct = default);
}
