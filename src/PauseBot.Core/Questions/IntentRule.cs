namespace PauseBot.Core.Questions;

/// <summary>
/// Adds <paramref name="Weight"/> to <paramref name="Intent"/> when the message has every cue in
/// <paramref name="All"/>, at least one in <paramref name="Any"/> (if set) and none in <paramref name="Without"/>.
/// </summary>
internal readonly record struct IntentRule(Intent Intent, double Weight, Concept All, Concept Any = Concept.None, Concept Without = Concept.None)
{
    public bool Matches(Concept cues) =>
        (cues & All) == All && (Any == Concept.None || (cues & Any) != 0) && (cues & Without) == 0;
}
