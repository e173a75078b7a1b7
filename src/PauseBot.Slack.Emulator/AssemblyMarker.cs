namespace PauseBot.Slack.Emulator;
internal static class AssemblyMarker;
