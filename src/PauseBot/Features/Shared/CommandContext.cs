using PauseBot.Core.Access;
using PauseBot.Slack.Inbound;

namespace PauseBot.Features.Shared;

/// <summary>A slash command as the feature slices see it: who acts (admin or not) and the command's arguments.</summary>
public sealed record CommandContext(SlashCommand Command, Actor Actor)
{
    public string UserId => Command.UserId;
    public string ChannelId => Command.ChannelId;
}
