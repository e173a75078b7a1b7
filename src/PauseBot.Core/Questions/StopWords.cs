namespace PauseBot.Core.Questions;

/// <summary>Function words: never fuzzy-corrected into a cue and ignored by <see cref="QuestionSimilarity"/>.</summary>
internal static class StopWords
{
    private const string Words = """
        a an the is are am was were be been being do does did doing i me my mine we us our you your yours it its
        this that these those to of in on at for with about from by and or but so if then than just too very
        can could will would shall may might must have has had not no yes ok please there here what where which
        any anything some something all get got go going goes gone hi hey hello thanks thank they them their he she
        him her his hers also still really there whose up down out into onto over under again more most much
        many such only own same other both each few how lol haha yeah cool sure guys team bot hmm um uh wait
        should know like want well even ever never always yet sorry though through said says say tell told
        while week month today like quick question whats there where these those those thing things stuff
        """;

    private static readonly HashSet<string> Set = new(
        Words.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Set.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
