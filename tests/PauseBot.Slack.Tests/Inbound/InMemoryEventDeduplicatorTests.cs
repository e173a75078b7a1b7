using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Slack.Inbound;

namespace PauseBot.Slack.Tests.Inbound;

public sealed class InMemoryEventDeduplicatorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider time = new();

    private InMemoryEventDeduplicator CreateSut(int capacity = 100) => new(time,
        Options.Create(new SlackInboundOptions { DeduplicationCapacity = capacity, DeduplicationWindow = TimeSpan.FromHours(1) }));

    [Fact]
    public async Task TryBeginAsync_SecondTime_False()
    {
        var sut = CreateSut();
        Assert.True(await sut.TryBeginAsync("Ev1", Ct));
        Assert.False(await sut.TryBeginAsync("Ev1", Ct));
        Assert.True(await sut.TryBeginAsync("Ev2", Ct));
    }

    [Fact]
    public async Task TryBeginAsync_AfterWindow_ForgetsId()
    {
        var sut = CreateSut();
        await sut.TryBeginAsync("Ev1", Ct);
        time.Advance(TimeSpan.FromHours(2));
        Assert.True(await sut.TryBeginAsync("Ev1", Ct));
    }

    [Fact]
    public async Task TryBeginAsync_OverCapacity_DropsOldest()
    {
        var sut = CreateSut(capacity: 2);
        await sut.TryBeginAsync("Ev1", Ct);
        await sut.TryBeginAsync("Ev2", Ct);
        await sut.TryBeginAsync("Ev3", Ct);
        Assert.False(await sut.TryBeginAsync("Ev3", Ct));
        Assert.True(await sut.TryBeginAsync("Ev1", Ct));
    }
}
