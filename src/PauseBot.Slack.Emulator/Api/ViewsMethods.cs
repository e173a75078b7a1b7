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

    // Modal and Home views as Slack checks them (docs.slack.dev/reference/views): a modal needs a plain_text title ≤24, its
    // submit/close ≤24, and a submit button when it has input blocks; blocks ≤100 (Block Kit rules); private_metadata ≤3000,
    // callback_id and external_id ≤255; the whole view ≤250 kB (view_too_large).
    private static JsonObject ReadView(ApiContext c, string? requiredType)
    {
        var view = c.Object("view") ?? throw new SlackApiError("invalid_arguments", "[ERROR] missing required field: view");
        var type = view["type"]?.ToString();
        var problems = new List<string>();
        if (type is not ("modal" or "home") || (requiredType is not null && type != requiredType))
            problems.Add($"[ERROR] view type must be {requiredType ?? "modal or home"} [json-pointer:/view/type]");
        var blocks = view["blocks"] as JsonArray;
        if (blocks is null) problems.Add("[ERROR] missing required field: blocks [json-pointer:/view]");
        if (type == "modal")
        {
            BlockKitRules.TextObject(view["title"], "/view/title", 24, plainOnly: true, problems);
            if (view["submit"] is { } submit) BlockKitRules.TextObject(submit, "/view/submit", 24, plainOnly: true, problems);
            if (view["close"] is { } close) BlockKitRules.TextObject(close, "/view/close", 24, plainOnly: true, problems);
            if (view["submit"] is null && blocks?.Any(b => b?["type"]?.ToString() == "input") == true)
                problems.Add("[ERROR] must provide a submit property when using input blocks [json-pointer:/view]");
        }
        BlockKitRules.MaxLength(view["private_metadata"]?.ToString(), 3000, "/view/private_metadata", problems);
        BlockKitRules.MaxLength(view["callback_id"]?.ToString(), 255, "/view/callback_id", problems);
        BlockKitRules.MaxLength(view["external_id"]?.ToString(), 255, "/view/external_id", problems);
        if (blocks is not null) problems.AddRange(BlockKitRules.Problems(blocks, BlockKitRules.MaxViewBlocks, "/view/blocks"));
        if (problems.Count > 0) throw new SlackApiError("invalid_arguments", [.. problems]);
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
