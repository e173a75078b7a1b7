namespace PauseBot.Core.Questions;

/// <summary>Cues from word position: yes/no state questions ("is it paused", "still on?") and a trailing "on".</summary>
internal static class PositionalCues
{
    private static readonly string[] Fillers =
        ["so", "ok", "hey", "hi", "hello", "wait", "um", "uh", "yo", "and", "but", "also", "please", "sorry", "just", "quick"];

    private static readonly string[] AuxOpeners = ["is", "are", "was", "were", "has", "still", "heard"];

    public static Concept Of(IReadOnlyList<string> tokens)
    {
        var cues = Concept.None;
        var first = 0;
        while (first < tokens.Count && Array.IndexOf(Fillers, tokens[first]) >= 0)
        {
            first++;
        }

        if (first < tokens.Count && Array.IndexOf(AuxOpeners, tokens[first]) >= 0)
        {
            cues |= Concept.FirstAux;
        }

        if (tokens.Count > 1 && tokens[^1] == "on")
        {
            cues |= Concept.LastOn;
        }

        return cues;
    }
}
