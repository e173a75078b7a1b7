using PauseBot.Core;
using PauseBot.Core.Access;
using PauseBot.Core.Projects;
using PauseBot.Features.Shared.Text;

namespace PauseBot.Features.Shared;

/// <summary>For lead-only verbs: the project named by the first word, if the actor leads it (or is an admin).</summary>
public static class ManagedProject
{
    public static async Task<(string Key, Project? Project)> FindAsync(IProjectStore projects, Actor actor, string text, CancellationToken ct)
    {
        var key = Slug.Normalize(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault());
        var project = key.Length == 0 ? null : await projects.FindProjectAsync(key, ct);
        return (key, project is not null && actor.CanManage(project) ? project : null);
    }
}
