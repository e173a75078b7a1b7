namespace PauseBot.Persistence.ApiKeys;

/// <summary>
/// A key a time tracker uses on the HTTP API. Only a SHA-256 hash of the key is stored (the key itself is shown
/// once); keys are 256-bit random values, so an unsalted hash is enough.
/// </summary>
public sealed class ApiKey
{
    private ApiKey() { }

    public ApiKey(string name, string hash, string createdBy, DateTimeOffset at)
    {
        Name = name;
        Hash = hash;
        CreatedBy = createdBy;
        CreatedAt = at;
    }

    public string Name { get; private set; } = "";
    /// <summary>Lowercase hex SHA-256 of the key.</summary>
    public string Hash { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
