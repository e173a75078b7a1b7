namespace PauseBot.Testing;
internal static class AssemblyMarker;
