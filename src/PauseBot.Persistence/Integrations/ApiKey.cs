namespace PauseBot.Persistence.Integrations;

/// <summary>
/// A key other systems (time trackers, finance) use on <c>/api/v1</c>. Only the SHA-256 of the key is stored: keys
/// are 256 random bits, so a plain hash is enough and the key itself is shown once, when created.
/// </summary>
public sealed class ApiKey
{
    private ApiKey() { }

    public ApiKey(string name, string hash, string prefix, string createdBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Name = name;
        Hash = hash;
        Prefix = prefix;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>Lower-case hex SHA-256 of the key.</summary>
    public string Hash { get; private set; } = "";
    /// <summary>The first characters of the key, so people can tell keys apart without seeing them.</summary>
    public string Prefix { get; private set; } = "";
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedBy { get; private set; }

    public void Revoke(string by, DateTimeOffset now)
    {
        RevokedAt ??= now;
        RevokedBy ??= by;
    }
}
