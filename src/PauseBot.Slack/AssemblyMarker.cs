namespace PauseBot.Slack;
internal static class AssemblyMarker;
