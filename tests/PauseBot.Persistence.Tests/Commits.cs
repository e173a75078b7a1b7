using Microsoft.Extensions.DependencyInjection;
using PauseBot.Core;

namespace PauseBot.Persistence.Tests;

/// <summary>Commits a test scope's changes through its <see cref="IUnitOfWork"/>, as the bot does.</summary>
internal static class Commits
{
    /// <summary>Commits and asserts it was written.</summary>
    public static async Task CommitAsync(this AsyncServiceScope scope) =>
        Assert.Equal(CommitResult.Committed, await scope.TryCommitAsync());

    public static Task<CommitResult> TryCommitAsync(this AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(TestContext.Current.CancellationToken);
}
