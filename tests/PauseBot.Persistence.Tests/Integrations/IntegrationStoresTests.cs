using Microsoft.Extensions.DependencyInjection;
using PauseBot.Core;
using PauseBot.Core.Openings;
using PauseBot.Persistence.Integrations;

namespace PauseBot.Persistence.Tests.Integrations;

/// <summary>Openings, API keys and webhooks on both providers: ids people type, the last slot raced, keys by hash.</summary>
public class IntegrationStoresTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 7, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Openings_ShortIdsInterestsAndOpenFilter_RoundTrip(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var scope = db.Scope())
        {
            var openings = scope.ServiceProvider.GetRequiredService<IOpeningStore>();
            openings.AddOpening(Opening.Post("First", "ULEE", Now, slots: 2));
            openings.AddOpening(Opening.Post("Second", "ULEE", Now, until: Now.AddHours(1), forProjects: ["chordus"]));
            await scope.CommitAsync();
        }
        await using (var scope = db.Scope())
        {
            var openings = scope.ServiceProvider.GetRequiredService<IOpeningStore>();
            var first = await openings.FindOpeningAsync(1, Ct);
            Assert.Equal("First", first!.Text);
            first.RegisterInterest("UANA", Now);
            await scope.CommitAsync();
        }
        await using (var scope = db.Scope())
        {
            var openings = scope.ServiceProvider.GetRequiredService<IOpeningStore>();
            Assert.Equal("UANA", (await openings.FindOpeningAsync(1, Ct))!.Interests.Single().UserId);
            Assert.Equal([1, 2], (await openings.OpenOpeningsAsync(Now, Ct)).Select(o => o.Id));
            Assert.Equal([1], (await openings.OpenOpeningsAsync(Now.AddHours(2), Ct)).Select(o => o.Id));
            Assert.Equal(["chordus"], (await openings.FindOpeningAsync(2, Ct))!.ProjectKeys);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Opening_TwoTakeTheLastSlotAtOnce_OneWins(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var scope = db.Scope())
        {
            scope.ServiceProvider.GetRequiredService<IOpeningStore>().AddOpening(Opening.Post("Only one", "ULEE", Now, slots: 1));
            await scope.CommitAsync();
        }
        await using var a = db.Scope();
        await using var b = db.Scope();
        (await a.ServiceProvider.GetRequiredService<IOpeningStore>().FindOpeningAsync(1, Ct))!.RegisterInterest("UANA", Now);
        (await b.ServiceProvider.GetRequiredService<IOpeningStore>().FindOpeningAsync(1, Ct))!.RegisterInterest("UBEN", Now);

        await a.CommitAsync();
        Assert.Equal(CommitResult.Conflict, await b.TryCommitAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ApiKeys_FoundByHashOnlyWhileActive(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        const string key = "pbk_0123456789abcdefghijklmnop";
        await using (var scope = db.Scope())
        {
            scope.ServiceProvider.GetRequiredService<ApiKeyStore>().Add(new ApiKey("tracker", ApiKeyStore.HashOf(key), key[..12], "UADMIN", Now));
            await scope.CommitAsync();
        }
        await using (var scope = db.Scope())
        {
            var keys = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
            Assert.Equal("tracker", (await keys.AuthenticateAsync(key, Ct))?.Name);
            Assert.Null(await keys.AuthenticateAsync(key + "x", Ct));
            (await keys.FindActiveAsync("tracker", Ct))!.Revoke("UADMIN", Now);
            await scope.CommitAsync();
            Assert.Null(await keys.AuthenticateAsync(key, Ct));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Webhooks_FailingSinceKeptAcrossFailures_DisabledOnce(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var scope = db.Scope();
        var hooks = scope.ServiceProvider.GetRequiredService<WebhookStore>();
        hooks.Add(new WebhookSubscription("https://example.com/hook", "pause,resume", "whsec_x", "UADMIN", Now));
        await scope.CommitAsync();

        Assert.Equal(Now, await hooks.MarkFailedAsync(1, "HTTP 503", Now, Ct));
        Assert.Equal(Now, await hooks.MarkFailedAsync(1, "HTTP 503", Now.AddHours(1), Ct));
        await hooks.MarkSucceededAsync(1, Ct);
        Assert.Equal(Now.AddHours(2), await hooks.MarkFailedAsync(1, "timeout", Now.AddHours(2), Ct));
        Assert.True(await hooks.DisableAsync(1, Now.AddHours(3), Ct));
        Assert.False(await hooks.DisableAsync(1, Now.AddHours(3), Ct));
        Assert.Empty(await hooks.ActiveAsync(Ct));
        Assert.True((await hooks.FindUntrackedAsync(1, Ct))!.Wants("resume"));
    }
}
