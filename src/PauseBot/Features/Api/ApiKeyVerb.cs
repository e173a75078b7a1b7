using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PauseBot.Core;
using PauseBot.Core.Audit;
using PauseBot.Features.Shared;
using PauseBot.Persistence.Integrations;
using PauseBot.Slack.Blocks;
using PauseBot.Slack.Handlers;

namespace PauseBot.Features.Api;

/// <summary><c>/pausebot apikey create|revoke|list</c> (admins): keys for <c>/api/v1</c>. A key is shown once; only its hash is kept.</summary>
public sealed partial class ApiKeyVerb(ApiKeyStore keys, IAuditLog audit, IUnitOfWork unitOfWork, TimeProvider time)
    : IPauseBotVerb, IPauseBotVerbInfo
{
    public const string KeyPrefix = "pbk_";

    [GeneratedRegex("^[a-z0-9][a-z0-9_.-]{0,63}$")]
    private static partial Regex ValidName();

    public static string Name => "apikey";

    public static IReadOnlyList<string> Usage =>
        ["`/pausebot apikey create|revoke <name>` · `/pausebot apikey list` — keys for the HTTP API, e.g. `/pausebot apikey create timetracker` (admins)"];

    public async Task<SlackResponse> HandleAsync(CommandContext context, string text, CancellationToken ct)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sub = words.FirstOrDefault()?.ToLowerInvariant();
        var name = words.Length == 2 ? words[1].ToLowerInvariant() : "";
        var now = time.GetUtcNow();
        if (!context.Actor.IsAdmin)
        {
            audit.AddAudit(new AuditEvent(now, context.UserId, null, "apikey." + (sub ?? ""), "refused:not-admin"));
            await unitOfWork.CommitAsync(ct); // the refusal's audit event
            return Replies.Ephemeral("🚫 Only PauseBot admins can manage API keys.");
        }
        if (sub == "list") return Replies.Ephemeral(await ListAsync(ct));
        if (sub is not ("create" or "revoke") || !ValidName().IsMatch(name))
            return Replies.Ephemeral("⚠️ Usage: " + Usage[0] + "\nNames are 1–64 characters: letters, digits, `-`, `_`, `.`.");
        return sub == "create" ? await CreateAsync(context, name, now, ct) : await RevokeAsync(context, name, now, ct);
    }

    private async Task<SlackResponse> CreateAsync(CommandContext context, string name, DateTimeOffset now, CancellationToken ct)
    {
        if (await keys.FindActiveAsync(name, ct) is not null)
            return Replies.Ephemeral($"There is already a key `{name}`. Revoke it first (`/pausebot apikey revoke {name}`) or pick another name.");
        var key = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        keys.Add(new ApiKey(name, ApiKeyStore.HashOf(key), key[..12], context.UserId, now));
        audit.AddAudit(new AuditEvent(now, context.UserId, null, "apikey.create", "ok", name));
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict)
            return Replies.Ephemeral($"Someone created a key `{name}` at the same moment. Pick another name.");
        return Replies.Ephemeral($"🔑 API key `{name}` created. Copy it now — I won't show it again:\n```{key}```\n"
            + "Send it as `Authorization: Bearer <key>` to `/api/v1/projects/<key>/billable`, `/pauses` and `/pauses.csv` "
            + "(OpenAPI: `/openapi/v1.json`).");
    }

    private async Task<SlackResponse> RevokeAsync(CommandContext context, string name, DateTimeOffset now, CancellationToken ct)
    {
        if (await keys.FindActiveAsync(name, ct) is not { } key)
            return Replies.Ephemeral($"There is no active key `{Mrkdwn.Escape(name)}`. See `/pausebot apikey list`.");
        key.Revoke(context.UserId, now);
        audit.AddAudit(new AuditEvent(now, context.UserId, null, "apikey.revoke", "ok", name));
        if (await unitOfWork.CommitAsync(ct) == CommitResult.Conflict) return Replies.Ephemeral(Replies.Conflict);
        return Replies.Ephemeral($"✅ API key `{name}` is revoked; requests with it now get 401.");
    }

    private async Task<string> ListAsync(CancellationToken ct)
    {
        var active = await keys.ListActiveAsync(ct);
        return active.Count == 0 ? "There are no API keys. Create one with `/pausebot apikey create <name>`."
            : "*API keys*\n" + string.Join("\n", active.Select(k => $"• `{k.Name}` (`{k.Prefix}…`) by <@{k.CreatedBy}> · {SlackDate.Token(k.CreatedAt)}"));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
