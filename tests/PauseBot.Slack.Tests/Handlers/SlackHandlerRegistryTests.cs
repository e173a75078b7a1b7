using Microsoft.Extensions.DependencyInjection;
using PauseBot.Slack.Handlers;
using PauseBot.Slack.Inbound;
using PauseBot.Slack.Tests.TestSupport;

namespace PauseBot.Slack.Tests.Handlers;

public sealed class SlackHandlerRegistryTests
{
    private static SlackHandlerRegistry CreateSut(params Action<SlackHandlerRegistryBuilder>[] configure)
    {
        var services = new ServiceCollection();
        foreach (var c in configure) services.AddSlackHandlers(c);
        return services.BuildServiceProvider().GetRequiredService<SlackHandlerRegistry>();
    }

    [Fact]
    public void Build_Registrations_ExposeKeys()
    {
        var sut = CreateSut(h => h
            .Command<EchoCommand>("/Echo")
            .Event<MessageEvent, MessageRecorder>()
            .Event<AppMention, MessageRecorder>()
            .BlockAction<AckButton>("ack")
            .BlockActionPrefix<AckButton>("pause:")
            .ViewSubmission<FormSubmit>("form"));
        Assert.Equal(["/echo"], sut.Commands);
        Assert.Equal(["app_mention", "message"], sut.EventTypes.Order());
        Assert.Equal(["ack"], sut.BlockActionIds);
        Assert.Equal(["pause:"], sut.BlockActionPrefixes);
        Assert.Equal(["form"], sut.ViewSubmissionCallbackIds);
    }

    [Fact]
    public void Command_DuplicateInOneCall_ThrowsNamingKey()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            CreateSut(h => h.Command<EchoCommand>("/echo").Command<SilentCommand>("/ECHO")));
        Assert.Contains("/echo", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockAction_DuplicateAcrossCalls_ThrowsWhenRegistryBuilt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            CreateSut(h => h.BlockAction<AckButton>("ack"), h => h.BlockAction<AckButton>("ack")));
        Assert.Contains("'ack'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ViewSubmission_Duplicate_Throws() =>
        Assert.Throws<InvalidOperationException>(() => CreateSut(h => h.ViewSubmission<FormSubmit>("f").ViewSubmission<ThrowingSubmit>("f")));

    [Fact]
    public void Event_SameHandlerTwice_Throws() =>
        Assert.Throws<InvalidOperationException>(() => CreateSut(h => h.Event<MessageEvent, MessageRecorder>().Event<MessageEvent, MessageRecorder>()));

    [Fact]
    public void Command_WithoutSlash_Throws() =>
        Assert.Throws<ArgumentException>(() => CreateSut(h => h.Command<EchoCommand>("echo")));

    [Fact]
    public void FindBlockAction_ExactBeatsPrefix_LongestPrefixWins()
    {
        var sut = CreateSut(h => h.BlockAction<AckButton>("pause:ack").BlockActionPrefix<EchoButton>("pause:")
            .BlockActionPrefix<OtherButton>("pause:notify:"));
        Assert.Equal(typeof(AckButton), sut.FindBlockAction("pause:ack"));
        Assert.Equal(typeof(EchoButton), sut.FindBlockAction("pause:other"));
        Assert.Equal(typeof(OtherButton), sut.FindBlockAction("pause:notify:42"));
        Assert.Null(sut.FindBlockAction("unrelated"));
    }

    private sealed class EchoButton : IBlockActionHandler
    {
        public Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct) => Task.FromResult<SlackResponse?>(null);
    }

    private sealed class OtherButton : IBlockActionHandler
    {
        public Task<SlackResponse?> HandleAsync(BlockActionsPayload payload, BlockAction action, CancellationToken ct) => Task.FromResult<SlackResponse?>(null);
    }
}
