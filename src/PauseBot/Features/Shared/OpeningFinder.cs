using PauseBot.Core.Openings;

namespace PauseBot.Features.Shared;

/// <summary>Which open openings someone may be shown: those for everyone, plus those for the given projects.</summary>
public sealed class OpeningFinder(IOpeningStore openings, TimeProvider time)
{
    public async Task<IReadOnlyList<Opening>> ForProjectsAsync(IEnumerable<string> projectKeys, CancellationToken ct)
    {
        var keys = projectKeys.ToList();
        return (await openings.OpenOpeningsAsync(time.GetUtcNow(), ct)).Where(o => o.IsFor(keys)).ToList();
    }
}
