using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PauseBot.Persistence.Integrations;

/// <summary>Creates, finds and revokes API keys. Adds are tracked (the caller saves); lookups compare hashes in constant time.</summary>
public sealed class ApiKeyStore(PauseBotDbContext db)
{
    /// <summary>The active key with this name, if any.</summary>
    public Task<ApiKey?> FindActiveAsync(string name, CancellationToken ct) =>
        db.ApiKeys.FirstOrDefaultAsync(k => k.Name == name && k.RevokedAt == null, ct);

    public async Task<IReadOnlyList<ApiKey>> ListActiveAsync(CancellationToken ct) =>
        await db.ApiKeys.AsNoTracking().Where(k => k.RevokedAt == null).OrderBy(k => k.Name).ToListAsync(ct);

    public void Add(ApiKey key) => db.ApiKeys.Add(key);

    /// <summary>The active key matching <paramref name="presented"/>, or null.</summary>
    public async Task<ApiKey?> AuthenticateAsync(string presented, CancellationToken ct)
    {
        if (presented.Length is < 16 or > 200) return null;
        var hash = HashOf(presented);
        var candidate = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, ct);
        if (candidate is null) return null;
        // The lookup already matched; the fixed-time compare keeps the final decision free of early exits.
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate.Hash), Encoding.ASCII.GetBytes(hash))
            ? candidate : null;
    }

    /// <summary>Lower-case hex SHA-256 of a key.</summary>
    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
