namespace PauseBot.Core.Questions;

/// <summary>
/// Multi-word cues over normalised tokens (longest match first). A matched phrase consumes its tokens,
/// so "in charge" is not read as billing and "log into" is not read as time logging.
/// </summary>
internal static class LexiconPhrases
{
    public static readonly (Concept Concept, string Phrase)[] Entries =
    [
        (Concept.Now, "right now"), (Concept.Now, "going forward"), (Concept.Now, "this week"),
        (Concept.Now, "at the moment"), (Concept.Now, "from now on"), (Concept.Now, "for now"),
        (Concept.Past, "last week"), (Concept.Past, "last month"), (Concept.Past, "this morning"),
        (Concept.Log, "put in"), (Concept.Log, "fill in"), (Concept.Log | Concept.Hours, "clock in"),
        (Concept.WhatAbout, "what about"), (Concept.WhatAbout, "how about"),
        (Concept.Fate, "happens to"), (Concept.Fate, "happen to"),
        (Concept.When | Concept.Duration, "how long"), (Concept.HowMany, "how many"),
        (Concept.When | Concept.Duration, "how much longer"),
        (Concept.Future, "going to"), (Concept.Future, "next week"),
        (Concept.Resume | Concept.Future, "pick it back up"), (Concept.Resume, "start again"),
        (Concept.Why, "how come"), (Concept.Why, "what for"),
        (Concept.Event, "went wrong"), (Concept.Event, "gone wrong"), (Concept.Event, "going on"),
        (Concept.Event, "what happened"),
        (Concept.Handover, "hand over"), (Concept.Handover, "hand off"), (Concept.Handover, "hand it over"),
        (Concept.NextStep, "next steps"), (Concept.NextStep, "next step"), (Concept.NextStep, "what now"),
        (Concept.NextStep, "sit tight"), (Concept.NextStep, "down tools"), (Concept.NextStep, "what to do"),
        (Concept.NextStep, "do i do"), (Concept.NextStep, "do we do"), (Concept.NextStep, "i do now"),
        (Concept.NextStep, "should i do"), (Concept.NextStep, "should we do"), (Concept.NextStep, "do anything"),
        (Concept.NextStep, "to be doing"), (Concept.NextStep, "meant to do"), (Concept.NextStep, "supposed to do"),
        (Concept.Stop | Concept.Artifact, "log off"), (Concept.Keep, "keep going"), (Concept.Keep, "carry on"),
        (Concept.Stop, "wrap up"),
        (Concept.Other, "something else"), (Concept.Other, "anything else"),
        (Concept.Move, "put on"), (Concept.Move, "moved to"),
        (Concept.Person, "in charge"), (Concept.Person, "point of contact"), (Concept.Talk, "reach out"),
        (Concept.Person, "project manager"), (Concept.Person | Concept.Manage, "made the decision"),
        (Concept.StatusWord, "what is up with"), (Concept.StateWord, "still a go"), (Concept.StateWord, "a go"), (Concept.StateWord, "in effect"),
        (Concept.Pause, "on hold"),
        (Concept.Notify, "let me know"), (Concept.Notify, "let us know"), (Concept.Notify, "keep me"),
        (Concept.Notify, "keep us"), (Concept.Notify, "heads up"), (Concept.Notify, "update me"),
        (Concept.Notify, "inform me"), (Concept.Notify, "get notified"),
        (Concept.TellMe, "tell me"), (Concept.TellMe, "tell us"), (Concept.TellMe, "message me"),
        (Concept.TellMe, "send me"), (Concept.TellMe, "text me"), (Concept.TellMe, "email me"),
        (Concept.TellMe | Concept.Notify, "ping me"),
        (Concept.Login, "log in"), (Concept.Login, "log into"), (Concept.Login, "log on"),
        (Concept.Login, "sign in"),
    ];
}
