using System.Text.Json.Nodes;

namespace PauseBot.Slack.Emulator;

/// <summary><c>views.*</c> methods.</summary>
internal static class ViewsMethods
{
    public static JsonObject Open(ApiContext c)
    {
        var view = ReadView(c, "modal");
        var error = c.State.Triggers.Exchange(c.Str("trigger_id") ?? c.Str("interactivity_pointer"), c.State.LenientTriggers);
        if (error is not null) throw new SlackApiError(error);
        return Answer(c.State.Views.Open(view));
    }

    public static JsonObject Publish(ApiContext c)
    {
        var userId = c.Str("user_id");
        if (userId is null || c.Workspace.FindUser(userId) is not { Deleted: false })
            throw new SlackApiError("invalid_arguments", "invalid `user_id`");
        var view = ReadView(c, "home");
        return Answer(c.State.Views.Publish(userId, view, c.Str("hash")));
    }

    public static JsonObject Update(ApiContext c)
    {
        var viewId = c.Str("view_id");
        var externalId = c.Str("external_id");
        if (viewId is null && externalId is null)
            throw new SlackApiError("invalid_arguments", "[ERROR] either view_id or external_id is required");
        var view = ReadView(c, null);
        return Answer(c.State.Views.Update(viewId, externalId, view, c.Str("hash")));
    }

    private static JsonObject ReadView(ApiContext c, string? requiredType)
    {
        var view = c.Object("view") ?? throw new SlackApiError("invalid_arguments", "[ERROR] missing required field: view");
        var type = view["type"]?.ToString();
        var problems = new List<string>();
        if (type is not ("modal" or "home") || (requiredType is not null && type != requiredType))
            problems.Add($"[ERROR] view type must be {requiredType ?? "modal or home"} [json-pointer:/view/type]");
        if (type == "modal" && view["title"] is not JsonObject) problems.Add("[ERROR] missing required field: title [json-pointer:/view]");
        if (view["title"]?["text"]?.ToString() is { Length: > 24 }) problems.Add("[ERROR] must be less than 25 characters [json-pointer:/view/title/text]");
        if (view["private_metadata"]?.ToString() is { Length: > 3000 }) problems.Add("[ERROR] must be less than 3001 characters [json-pointer:/view/private_metadata]");
        if (view["callback_id"]?.ToString() is { Length: > 255 }) problems.Add("[ERROR] must be less than 256 characters [json-pointer:/view/callback_id]");
        if (problems.Count > 0) throw new SlackApiError("invalid_arguments", [.. problems]);
        if (view["blocks"] is not JsonArray blocks) throw new SlackApiError("invalid_arguments", "[ERROR] missing required field: blocks [json-pointer:/view]");
        BlockValidator.Validate(blocks, BlockValidator.MaxViewBlocks, "/view/blocks", "invalid_arguments");
        if (view.ToJsonString().Length > 250_000) throw new SlackApiError("view_too_large");
        return view;
    }

    private static JsonObject Answer(JsonObject view)
    {
        var r = ApiContext.Ok();
        r["view"] = view;
        return r;
    }
}
