using System.Text.Json.Nodes;
using PauseBot.Sandbox;

namespace PauseBot.Tests.Sandbox;

public class SandboxBlocksTests
{
    private static JsonObject Input(string blockId, string type, bool optional = false, JsonArray? options = null)
    {
        var element = new JsonObject { ["type"] = type, ["action_id"] = "value" };
        if (options is not null) element["options"] = options;
        return new JsonObject { ["type"] = "input", ["block_id"] = blockId, ["optional"] = optional, ["element"] = element };
    }

    [Fact]
    public void ReadState_RequiredLeftEmpty_ReportedAndOptionalNot()
    {
        var view = new JsonObject { ["blocks"] = new JsonArray(Input("reason", "plain_text_input"), Input("note", "plain_text_input", optional: true)) };

        var (state, missing) = SandboxBlocks.ReadState(view, new Dictionary<string, string?> { ["reason"] = "  " }, "UTC");

        Assert.Equal(["reason"], missing);
        Assert.Null(state["note"]!["value"]!["value"]);
    }

    [Fact]
    public void ReadState_TextSelectAndDateTime_ShapedLikeSlackState()
    {
        var options = new JsonArray(new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Chordus" }, ["value"] = "chordus" });
        var view = new JsonObject
        {
            ["blocks"] = new JsonArray(Input("reason", "plain_text_input"), Input("project", "static_select", options: options), Input("at", "datetimepicker")),
        };
        var values = new Dictionary<string, string?> { ["reason"] = "Scope", ["project"] = "chordus", ["at"] = "2026-04-20T09:00" };

        var (state, missing) = SandboxBlocks.ReadState(view, values, "Asia/Kolkata");

        Assert.Empty(missing);
        Assert.Equal("Scope", state["reason"]!["value"]!["value"]!.GetValue<string>());
        Assert.Equal("chordus", state["project"]!["value"]!["selected_option"]!["value"]!.GetValue<string>());
        var at = DateTimeOffset.FromUnixTimeSeconds(state["at"]!["value"]!["selected_date_time"]!.GetValue<long>());
        Assert.Equal(new DateTimeOffset(2026, 4, 20, 3, 30, 0, TimeSpan.Zero), at); // 09:00 in Kolkata (+05:30)
    }

    [Fact]
    public void FindButton_InActionsBlock_ActionAsSlackSendsIt()
    {
        var blocks = new JsonArray(new JsonObject
        {
            ["type"] = "actions", ["block_id"] = "pause_actions",
            ["elements"] = new JsonArray(new JsonObject
            {
                ["type"] = "button", ["action_id"] = "pause_ack", ["value"] = "42", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Acknowledge" },
            }),
        });

        var action = SandboxBlocks.FindButton(blocks, "pause_actions", "pause_ack");

        Assert.NotNull(action);
        Assert.Equal("42", action["value"]!.GetValue<string>());
        Assert.Null(SandboxBlocks.FindButton(blocks, "pause_actions", "other"));
    }
}
