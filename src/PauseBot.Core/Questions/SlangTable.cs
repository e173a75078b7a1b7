namespace PauseBot.Core.Questions;

/// <summary>Chat slang, common misspellings and apostrophe-less contractions, expanded before classification.</summary>
internal static class SlangTable
{
    private const string Pairs = """
        r=are u=you ur=your ya=you yu=you y=why wy=why yall=you_all pls=please plz=please plss=please plsss=please pleas=please
        hrs=hours hr=hours h=hours hrz=hours hors=hours hous=hours houres=hours
        tmrw=tomorrow tmr=tomorrow tmrow=tomorrow tomoro=tomorrow tomorow=tomorrow 2moro=tomorrow tmw=tomorrow
        wat=what wut=what wht=what whta=what wot=what shud=should shld=should shoud=should sould=should shuld=should
        hw=how abt=about bout=about rn=right_now thx=thanks thnx=thanks ty=thanks tnx=thanks
        whats=what_is wats=what_is whos=who_is wheres=where_is whens=when_is hows=how_is whys=why_is thats=that_is
        theres=there_is its=it_is im=i_am ive=i_have dont=do_not doesnt=does_not didnt=did_not cant=can_not
        wont=will_not isnt=is_not arent=are_not wasnt=was_not havent=have_not hasnt=has_not shouldnt=should_not
        couldnt=could_not wouldnt=would_not youre=you_are theyre=they_are weve=we_have gonna=going_to wanna=want_to
        gotta=got_to gimme=give_me lemme=let_me cuz=because coz=because cos=because bc=because bcoz=because
        bcz=because becuz=because becoz=because diff=different ppl=people msg=message msgs=messages b4=before
        2day=today tdy=today wen=when wn=when whn=when wer=where hv=have hav=have idk=i_do_not_know thru=through
        dat=that k=ok kk=ok okay=ok okey=ok nd=and n=and w=with wil=will cn=can any1=anyone ne1=anyone
        some1=someone sum1=someone mgr=manager proj=project smth=something sth=something nxt=next wk=week
        wks=weeks yday=yesterday yest=yesterday ystrdy=yesterday tho=though rly=really nah=no nope=no
        yep=yes yup=yes pmt=payment info=information
        """;

    private static readonly Dictionary<string, string[]> Map = Build();
    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Map.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryExpand(ReadOnlySpan<char> word, out string[] expansion) =>
        Lookup.TryGetValue(word, out expansion!);

    /// <summary>Root of an n't contraction: "ca"→"can", "wo"→"will", others unchanged ("do", "is").</summary>
    public static ReadOnlySpan<char> NegativeRoot(ReadOnlySpan<char> root) => root switch
    {
        "ca" => "can",
        "wo" => "will",
        "sha" => "shall",
        "ai" => "is",
        _ => root,
    };

    public static string? ContractionSuffix(ReadOnlySpan<char> suffix) => suffix switch
    {
        "s" => "is",
        "re" => "are",
        "ll" => "will",
        "d" => "would",
        "ve" => "have",
        "m" => "am",
        _ => null,
    };

    private static Dictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var pair in Pairs.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            map[pair[..eq]] = pair[(eq + 1)..].Split('_');
        }

        return map;
    }
}
