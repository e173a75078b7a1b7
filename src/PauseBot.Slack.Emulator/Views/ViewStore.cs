using System.Globalization;
using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary>Modals and App Home views created through <c>views.*</c>, as Slack returned them. Thread-safe.</summary>
public sealed class ViewStore
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly EmulatedWorkspace _ws;
    private readonly Dictionary<string, JsonObject> _views = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _homeByUser = new(StringComparer.Ordinal);
    private int _seq;

    internal ViewStore(TimeProvider time, EmulatedWorkspace ws)
    {
        _time = time;
        _ws = ws;
    }

    /// <summary>The published App Home view of a user (a copy), or null.</summary>
    public JsonObject? HomeOf(string userId)
    {
        lock (_gate) return _homeByUser.TryGetValue(userId, out var id) ? (JsonObject)_views[id].DeepClone() : null;
    }

    /// <summary>A view by id (a copy), or null.</summary>
    public JsonObject? Find(string viewId)
    {
        lock (_gate) return _views.TryGetValue(viewId, out var v) ? (JsonObject)v.DeepClone() : null;
    }

    /// <summary>All views (copies), in creation order of their ids.</summary>
    public IReadOnlyList<JsonObject> All
    {
        get { lock (_gate) return [.. _views.Values.Select(v => (JsonObject)v.DeepClone())]; }
    }

    /// <summary>Forgets every view (modals and App Home views).</summary>
    public void Clear()
    {
        lock (_gate) { _views.Clear(); _homeByUser.Clear(); }
    }

    internal JsonObject Publish(string userId, JsonObject view, string? hash)
    {
        lock (_gate)
        {
            var existing = _homeByUser.TryGetValue(userId, out var id) ? _views[id] : null;
            if (existing is not null && hash is not null && hash != (string?)existing["hash"]) throw new SlackApiError("hash_conflict");
            var stored = Build(view, existing is null ? null : (string?)existing["id"]);
            _homeByUser[userId] = (string)stored["id"]!;
            return (JsonObject)stored.DeepClone();
        }
    }

    internal JsonObject Open(JsonObject view)
    {
        lock (_gate) return (JsonObject)Build(view, null).DeepClone();
    }

    internal JsonObject Update(string? viewId, string? externalId, JsonObject view, string? hash)
    {
        lock (_gate)
        {
            var existing = viewId is not null ? _views.GetValueOrDefault(viewId)
                : _views.Values.FirstOrDefault(v => externalId is not null && (string?)v["external_id"] == externalId);
            if (existing is null) throw new SlackApiError("not_found");
            if (hash is not null && hash != (string?)existing["hash"]) throw new SlackApiError("hash_conflict");
            return (JsonObject)Build(view, (string?)existing["id"]).DeepClone();
        }
    }

    private JsonObject Build(JsonObject view, string? id)
    {
        id ??= string.Create(CultureInfo.InvariantCulture, $"V0EMU{++_seq:D6}");
        var now = _time.GetUtcNow();
        var stored = new JsonObject
        {
            ["id"] = id, ["team_id"] = _ws.TeamId, ["type"] = view["type"]?.DeepClone(),
            ["blocks"] = view["blocks"]?.DeepClone() ?? new JsonArray(),
            ["private_metadata"] = view["private_metadata"]?.DeepClone() ?? "",
            ["callback_id"] = view["callback_id"]?.DeepClone() ?? "",
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["hash"] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8],
            ["title"] = view["title"]?.DeepClone(), ["clear_on_close"] = view["clear_on_close"]?.DeepClone() ?? false,
            ["notify_on_close"] = view["notify_on_close"]?.DeepClone() ?? false,
            ["close"] = view["close"]?.DeepClone(), ["submit"] = view["submit"]?.DeepClone(),
            ["previous_view_id"] = null, ["root_view_id"] = id, ["app_id"] = _ws.AppId,
            ["external_id"] = view["external_id"]?.DeepClone() ?? "", ["app_installed_team_id"] = _ws.TeamId, ["bot_id"] = _ws.BotId,
        };
        _views[id] = stored;
        return stored;
    }
}
