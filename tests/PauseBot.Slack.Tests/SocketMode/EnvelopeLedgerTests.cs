using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.SocketMode;

namespace PauseBot.Slack.Tests.SocketMode;

public sealed class EnvelopeLedgerTests
{
    private readonly FakeTimeProvider time = new();

    private EnvelopeLedger CreateSut(int capacity = 100) => new(time, TimeSpan.FromMinutes(10), capacity);

    [Fact]
    public async Task Begin_SameIdTwice_HandledOnceSameAck()
    {
        var sut = CreateSut();
        var runs = 0;
        var gate = new TaskCompletionSource<string?>();
        var first = sut.Begin("e1", () => { runs++; return gate.Task; });
        var second = sut.Begin("e1", () => { runs++; return Task.FromResult<string?>("other"); });
        gate.SetResult("ack-1");

        Assert.Equal((false, true), (first.Duplicate, second.Duplicate));
        Assert.Equal("ack-1", await second.Ack);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task Begin_HandlingEndedWithoutAck_NextDeliveryHandledAgain()
    {
        var sut = CreateSut();
        await sut.Begin("e1", () => Task.FromResult<string?>(null)).Ack;

        var again = sut.Begin("e1", () => Task.FromResult<string?>("ack"));

        Assert.False(again.Duplicate);
        Assert.Equal("ack", await again.Ack);
    }

    [Fact]
    public async Task Begin_HandlerThrows_ForgottenSoARedeliveryRetries()
    {
        var sut = CreateSut();
        await Assert.ThrowsAsync<InvalidOperationException>(() => sut.Begin("e1", () => throw new InvalidOperationException()).Ack);
        Assert.False(sut.Begin("e1", () => Task.FromResult<string?>("ack")).Duplicate);
    }

    [Fact]
    public async Task Begin_AfterMemoryWindow_Forgotten()
    {
        var sut = CreateSut();
        await sut.Begin("e1", () => Task.FromResult<string?>("ack")).Ack;
        time.Advance(TimeSpan.FromMinutes(11));

        Assert.False(sut.Begin("e1", () => Task.FromResult<string?>("ack")).Duplicate);
    }

    [Fact]
    public async Task Begin_OverCapacity_OldestForgotten()
    {
        var sut = CreateSut(capacity: 2);
        foreach (var id in new[] { "a", "b", "c" })
            await sut.Begin(id, () => Task.FromResult<string?>("ack")).Ack;

        Assert.True(sut.Count <= 2);
        Assert.True(sut.Begin("c", () => Task.FromResult<string?>("x")).Duplicate);
        Assert.False(sut.Begin("a", () => Task.FromResult<string?>("x")).Duplicate);
    }
}
