namespace PauseBot.Persistence;
internal static class AssemblyMarker;
