using PauseBot.Core;
using PauseBot.Core.Access;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared;

namespace PauseBot.Features.Questions;

/// <summary>
/// Which project a question is about: the channel it was asked in; else a project key or name in the text; else the
/// asker's own projects. Only projects the asker can see are ever candidates.
/// </summary>
public sealed class ProjectResolver(IProjectStore projects, ProjectVisibility visibility)
{
    public async Task<Resolution> ResolveAsync(Actor asker, string? channelId, IReadOnlyList<string> tokens, CancellationToken ct)
    {
        if (channelId is { Length: > 0 } && channelId[0] is 'C' or 'G')
        {
            var inChannel = await projects.ProjectsWithAnyChannelAsync([channelId], ct);
            if (inChannel.Count > 0) return new Resolution.One(inChannel[0]);
        }
        var visible = await visibility.VisibleAsync(asker, await projects.ListProjectsAsync(ct), ct);
        var named = visible.Where(p => Mentions(p, tokens)).ToList();
        return (named.Count, visible.Count) switch
        {
            (1, _) => new Resolution.One(named[0]),
            ( > 1, _) => new Resolution.Several(named),
            (0, 1) => new Resolution.One(visible[0]),
            (0, > 1) => new Resolution.Several(visible),
            _ => new Resolution.None(),
        };
    }

    private static bool Mentions(Project project, IReadOnlyList<string> tokens)
    {
        if (tokens.Contains(project.Key)) return true;
        var nameTokens = project.DisplayName.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return nameTokens.Length > 0 && nameTokens.All(tokens.Contains);
    }

    /// <summary>One project, several to choose from, or none the asker is part of.</summary>
    public abstract record Resolution
    {
        public sealed record One(Project Project) : Resolution;
        public sealed record Several(IReadOnlyList<Project> Projects) : Resolution;
        public sealed record None : Resolution;
    }
}
