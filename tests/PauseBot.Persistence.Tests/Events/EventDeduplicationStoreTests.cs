using Microsoft.Extensions.DependencyInjection;
using PauseBot.Persistence.Events;

namespace PauseBot.Persistence.Tests.Events;

public class EventDeduplicationStoreTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TryClaimAsync_SameIdFromTwoScopes_OnlyFirstWins(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var a = db.Scope();
        await using var b = db.Scope();

        Assert.True(await a.ServiceProvider.GetRequiredService<EventDeduplicationStore>().TryClaimAsync("Ev123", ct));
        Assert.False(await b.ServiceProvider.GetRequiredService<EventDeduplicationStore>().TryClaimAsync("Ev123", ct));
        Assert.True(await b.ServiceProvider.GetRequiredService<EventDeduplicationStore>().TryClaimAsync("Ev124", ct));
    }
}
