using System.Text.Json;
using PauseBot.Outbox;
using PauseBot.Slack;
using PauseBot.Slack.WebApi;

namespace PauseBot.Tests.Outbox;

public class DeliveryMetadataTests
{
    private static readonly Guid Row = Guid.Parse("01936b2e-0000-7000-8000-000000000001");

    [Fact]
    public void For_SerializesAsSlackMessageMetadata()
    {
        var json = JsonSerializer.Serialize(new Message { Channel = "C1", Text = "x", Metadata = DeliveryMetadata.For(Row) }, SlackJson.Options);

        Assert.Contains("""
            "metadata":{"event_type":"pausebot_delivery","event_payload":{"delivery_id":"01936b2e-0000-7000-8000-000000000001"}}
            """, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_TheSameRow_True() => Assert.True(DeliveryMetadata.Names(DeliveryMetadata.For(Row), Row));

    [Fact]
    public void Names_AnotherRowOtherEventOrNoMetadata_False()
    {
        Assert.False(DeliveryMetadata.Names(DeliveryMetadata.For(Guid.NewGuid()), Row));
        Assert.False(DeliveryMetadata.Names(new MessageMetadata("task_created", DeliveryMetadata.For(Row).EventPayload), Row));
        Assert.False(DeliveryMetadata.Names(new MessageMetadata(DeliveryMetadata.EventType, JsonSerializer.SerializeToElement("x")), Row));
        Assert.False(DeliveryMetadata.Names(null, Row));
    }
}
