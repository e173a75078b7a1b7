using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PauseBot.Outbox;

namespace PauseBot.Tests.Outbox;

public class OutboxPacerTests
{
    private const string Post = "chat.postMessage";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private OutboxPacer CreateSut(int perMinute = 10) => new(Options.Create(new OutboxOptions
    {
        MethodsPerMinute = new() { [Post] = perMinute }, PaceMargin = TimeSpan.FromMilliseconds(250), AdaptAfterCalls = 5,
    }), _time);

    private static int ReserveAll(OutboxPacer pacer, int max)
    {
        var n = 0;
        while (n < max && pacer.TryReserve(Post).Slot is { } slot)
        {
            pacer.Complete(slot);
            n++;
        }
        return n;
    }

    [Fact]
    public void TryReserve_BudgetSpent_WaitsUntilTheOldestSlotLeavesTheMinute()
    {
        var pacer = CreateSut();
        Assert.Equal(10, ReserveAll(pacer, 100));

        var (slot, wait) = pacer.TryReserve(Post);

        Assert.Null(slot);
        Assert.Equal(TimeSpan.FromSeconds(60.25), wait);
        _time.Advance(wait);
        Assert.NotNull(pacer.TryReserve(Post).Slot);
    }

    [Fact]
    public void Complete_LateCall_CountsItsMinuteFromWhenItEnded()
    {
        var pacer = CreateSut(perMinute: 1);
        var slot = pacer.TryReserve(Post).Slot!;
        _time.Advance(TimeSpan.FromSeconds(5)); // a slow call: Slack may have counted it only now

        pacer.Complete(slot);

        Assert.Equal(TimeSpan.FromSeconds(60.25), pacer.TryReserve(Post).Wait);
    }

    [Fact]
    public void RateLimited_AtVolume_PausesForRetryAfterAndLowersTheBudget()
    {
        var pacer = CreateSut(perMinute: 100);
        ReserveAll(pacer, 20);

        pacer.RateLimited(Post, TimeSpan.FromSeconds(30));

        Assert.Equal(18, pacer.BudgetOf(Post)); // 90% of what was sent in the last minute
        Assert.Equal(TimeSpan.FromSeconds(30), pacer.TryReserve(Post).Wait);
    }

    [Fact]
    public void RateLimited_FewCalls_NeitherPausesNorLowersTheBudget()
    {
        var pacer = CreateSut(perMinute: 100);
        ReserveAll(pacer, 2);

        pacer.RateLimited(Post, TimeSpan.FromSeconds(1)); // one busy channel, not the workspace cap

        Assert.Equal(100, pacer.BudgetOf(Post));
        Assert.NotNull(pacer.TryReserve(Post).Slot);
    }

    [Fact]
    public void TryReserve_MinutesWithout429_BudgetClimbsBackToTheConfiguredLimit()
    {
        var pacer = CreateSut(perMinute: 100);
        ReserveAll(pacer, 20);
        pacer.RateLimited(Post, TimeSpan.FromSeconds(1));

        for (var minute = 0; minute < 10; minute++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            pacer.TryReserve(Post);
        }

        Assert.Equal(100, pacer.BudgetOf(Post));
    }
}
