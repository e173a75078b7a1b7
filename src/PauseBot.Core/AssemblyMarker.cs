namespace PauseBot.Core;
internal static class AssemblyMarker;
