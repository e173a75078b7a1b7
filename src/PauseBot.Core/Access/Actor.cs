using PauseBot.Core.Projects;

namespace PauseBot.Core.Access;

/// <summary>Who is acting: a Slack user id and whether configuration makes them an admin.</summary>
public sealed record Actor(string UserId, bool IsAdmin)
{
    public static readonly Actor System = new("system", true);

    /// <summary>Admins may do everything; a project's leads may pause, resume and update it.</summary>
    public bool CanManage(Project project) => IsAdmin || project.IsLead(UserId);
}
