using PauseBot.Outbox;
using PauseBot.Persistence.Outbox;

namespace PauseBot.Tests.Outbox;

/// <summary>The kind → deliverer registry: every kind has exactly one deliverer, or the host does not start.</summary>
public class OutboxDeliverersTests
{
    private static OutboxDeliverers CreateSut(params (OutboxKind Kind, Type Deliverer)[] registrations) =>
        new(registrations.Select(r => new OutboxDelivererRegistration(r.Kind, r.Deliverer)));

    private static (OutboxKind, Type)[] OnePerKind => Enum.GetValues<OutboxKind>().Select(k => (k, typeof(PublishHomeDeliverer))).ToArray();

    [Fact]
    public void Constructor_KindRegisteredTwice_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CreateSut([.. OnePerKind, (OutboxKind.Webhook, typeof(PostMessageDeliverer))]));
        Assert.Contains("Webhook has two deliverers", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_KindWithoutDeliverer_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => CreateSut([.. OnePerKind.Where(r => r.Item1 != OutboxKind.NotifySubscribers)]));
        Assert.Contains("No outbox deliverer for NotifySubscribers", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_Registrations_OneDelivererPerKind()
    {
        await using var app = PauseBotHost.Build(
            ["--Slack:BotToken=xoxb-1", "--Slack:SigningSecret=s", "--Database:ConnectionString=Data Source=:memory:"], TextWriter.Null)!;
        var deliverers = app.Services.GetRequiredService<OutboxDeliverers>();
        await using var scope = app.Services.CreateAsyncScope();

        Assert.All(Enum.GetValues<OutboxKind>(), kind => Assert.NotNull(deliverers.Resolve(scope.ServiceProvider, kind)));
    }
}

/// <summary>What the update deliverer sends: chat.update accepts at most 4,000 characters of text (else msg_too_long).</summary>
public class UpdateMessageDelivererTests
{
    [Fact]
    public void Update_TextOver4000_CutToTheLimitWithAnEllipsis()
    {
        var update = UpdateMessageDeliverer.Update("C1", "1.2", new OutboxPayload.Body(new string('a', 5_000), null));

        Assert.Equal(4_000, update.Text!.Length);
        Assert.EndsWith("…", update.Text, StringComparison.Ordinal);
        Assert.Empty(update.Blocks!); // a version without blocks removes the old ones
    }

    [Fact]
    public void Update_TextWithinTheLimit_Unchanged()
    {
        var text = new string('a', 4_000);

        Assert.Equal(text, UpdateMessageDeliverer.Update("C1", "1.2", new OutboxPayload.Body(text, [global::PauseBot.Slack.Blocks.Blocks.Divider()])).Text);
    }
}
