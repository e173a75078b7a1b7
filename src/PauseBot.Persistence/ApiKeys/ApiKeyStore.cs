using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace PauseBot.Persistence.ApiKeys;

/// <summary>Creates, revokes and checks API keys; only hashes are stored.</summary>
public sealed class ApiKeyStore(PauseBotDbContext db, TimeProvider time)
{
    public const string Prefix = "pbk_";

    /// <summary>A new key for <paramref name="name"/> (the only time it is ever seen), or null when the name is taken.</summary>
    public async Task<string?> CreateAsync(string name, string createdBy, CancellationToken ct)
    {
        if (await db.ApiKeys.AnyAsync(k => k.Name == name && k.RevokedAt == null, ct)) return null;
        await db.ApiKeys.Where(k => k.Name == name).ExecuteDeleteAsync(ct); // a revoked key of that name is replaced
        var key = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.ApiKeys.Add(new ApiKey(name, Hash(key), createdBy, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return key;
    }

    public async Task<bool> RevokeAsync(string name, CancellationToken ct) =>
        await db.ApiKeys.Where(k => k.Name == name && k.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.RevokedAt, time.GetUtcNow()), ct) > 0;

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct) =>
        await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(ct);

    /// <summary>The name of the live key matching <paramref name="presented"/>, or null.</summary>
    public async Task<string?> AuthenticateAsync(string presented, CancellationToken ct)
    {
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length > 200) return null;
        var hash = Hash(presented);
        var match = await db.ApiKeys.AsNoTracking().Where(k => k.Hash == hash && k.RevokedAt == null).Select(k => new { k.Name, k.Hash }).FirstOrDefaultAsync(ct);
        // The lookup is by hash; compare once more in constant time so no timing difference depends on the key.
        return match is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(match.Hash), Encoding.ASCII.GetBytes(hash))
            ? match.Name : null;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
