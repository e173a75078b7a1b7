using Microsoft.Extensions.Options;
using PauseBot.Configuration;
using PauseBot.Core.Access;

namespace PauseBot.Features.Shared;

/// <summary>Makes the <see cref="Actor"/> for a Slack user: admins come from <c>PauseBot:Admins</c>.</summary>
public sealed class ActorFactory(IOptions<PauseBotOptions> options)
{
    public Actor For(string userId) => new(userId, options.Value.IsAdmin(userId));
}
