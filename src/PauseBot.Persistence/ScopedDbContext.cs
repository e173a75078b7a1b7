using Microsoft.Extensions.DependencyInjection;

namespace PauseBot.Persistence;

/// <summary>
/// The scope's <see cref="PauseBotDbContext"/>, rented from the pool on first use: a handler that never queries (a status
/// answered from the snapshot cache, a refusal on bad input) takes no context from the pool and returns none to reset.
/// The same instance as any <see cref="PauseBotDbContext"/> injected in the scope, so <see cref="EfUnitOfWork"/> commits
/// what the stores added.
/// </summary>
public sealed class ScopedDbContext(IServiceProvider scope)
{
    public PauseBotDbContext Value => field ??= scope.GetRequiredService<PauseBotDbContext>();
}
