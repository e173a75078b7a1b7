namespace PauseBot.Slack.WebApi;

/// <summary>The Slack Web API, one property per method family. Each family is also registered on its own.</summary>
public interface ISlackApiClient
{
    IChatApi Chat { get; }
    IViewsApi Views { get; }
    IConversationsApi Conversations { get; }
    IUsersApi Users { get; }
    IAuthApi Auth { get; }
}
