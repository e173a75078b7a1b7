namespace PauseBot.Core.Questions;

/// <summary>
/// Single-word cues. Each word is matched exactly, then by stem, then fuzzily (edit distance 1–2 on the stem).
/// A leading '=' makes the entry exact-form only (its stem is not registered), so e.g. "running" (state)
/// and "runs" (who runs it) can differ.
/// </summary>
internal static class LexiconWords
{
    public static readonly (Concept Concept, string Words)[] Entries =
    [
        (Concept.Bill, "bill billable billing billed chargeable nonbillable unbillable charge charged charging"),
        (Concept.Invoice, "invoice invoices invoiced invoicing"),
        (Concept.Pay, "pay paid payment payments paying unpaid compensate compensated compensation money salary"),
        (Concept.Pay, "wage wages payout reimburse"),
        (Concept.Log, "log logging logs track tracking record recording enter fill clock"),
        (Concept.Log | Concept.Past, "=logged =tracked =recorded =entered =submitted"),
        (Concept.Hours, "hour hours time standby"),
        (Concept.Log | Concept.Hours, "timesheet timesheets harvest toggl"),
        (Concept.Now, "now today currently tonight anymore immediately"),
        (Concept.Still, "still"),
        (Concept.During, "while during meantime meanwhile whilst"),
        (Concept.Past, "already yesterday previous previously earlier prior cutoff past ago outstanding pre"),
        (Concept.Past, "before =did done =worked delivered =sent =spent last"),
        (Concept.Day, "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening"),
        (Concept.Day, "january february march april june july august september october november december sprint"),
        (Concept.Fate, "safe lose =lost honored honoured honor void voided approved reimbursed count counted"),
        (Concept.Fate, "=happens forfeit wasted"),
        (Concept.When | Concept.Resume, "eta"),
        (Concept.When, "when date timeline till until schedule"),
        (Concept.Resume, "resume resumed resuming resumption restart restarted restarting unpause unpaused"),
        (Concept.Resume, "back lift lifted reopen reopened return again normal end ended"),
        (Concept.Resume | Concept.Keep, "continue continued continuing"),
        (Concept.Span, "day days week weeks month months"),
        (Concept.Future, "next tomorrow soon later christmas upcoming eventually"),
        (Concept.Why, "why reason reasons cause caused because behind"),
        (Concept.Event, "happen =happened breach breached hack hacked leak leaked incident security scope"),
        (Concept.Event, "budget vendor issue problem compromised attack cyberattack related"),
        (Concept.Should, "should shall supposed meant expected need needs must ought"),
        (Concept.Do, "do =doing"),
        (Concept.Stop, "stop =stopping quit drop finish wrap"),
        (Concept.Keep, "keep keeping"),
        (Concept.Artifact, "branch branches pr prs commit commits push merge code coding ticket tickets task"),
        (Concept.Artifact, "laptop access badge deploy deploys deployment progress document repo wip delete"),
        (Concept.Handover, "handover handoff =handed transition"),
        (Concept.NextStep, "proceed"),
        (Concept.Other, "other others another else elsewhere different instead backup spare alternative"),
        (Concept.Move, "move moved switch reassign reassigned transfer reallocate reallocated relocate join swap"),
        (Concept.Job, "work project projects gig gigs contract contracts team teams client clients job jobs"),
        (Concept.Job, "role roles assignment help devs"),
        (Concept.Job | Concept.Artifact, "tasks"),
        (Concept.Opening, "=opening =openings position positions hiring vacancy vacancies available opportunity"),
        (Concept.Who, "who whom whoever"),
        (Concept.Person, "lead leads manager managers pm boss owner responsible someone somebody person anyone"),
        (Concept.Person, "anybody supervisor coordinator"),
        (Concept.Person | Concept.Talk, "contact"),
        (Concept.Manage, "=runs =run =running manages manage decides decide decision =leading"),
        (Concept.Talk, "talk speak ask email message chat escalate call"),
        (Concept.Info, "know knows information questions question answer answers"),
        (Concept.StatusWord, "status news update updates latest state current =happening rumor rumour situation new"),
        (Concept.StateWord, "affected impacted included active =running cancelled canceled cancel dead over alive effect ongoing live =going"),
        (Concept.Change, "change changes changed changing"),
        (Concept.Verify, "heard true actually really confirm confirmed official"),
        (Concept.Pause, "pause paused pausing hold suspend suspended suspension freeze frozen halt halted =stopped"),
        (Concept.Notify, "notify notified notification notifications ping alert alerts subscribe subscription"),
        (Concept.Notify, "remind reminder dm posted loop"),
        (Concept.Permission, "can may allowed allow ok permitted"),
        (Concept.Login, "login signin vpn"),

        // Neutral: real words that would otherwise be fuzzy-corrected into a cue ("chance" → "change").
        (Concept.None, "chance chances passed paste pasta phase bored board lunch house horse cost stuff those"),
        (Concept.None, "party game match office weather password wifi printer coffee"),
    ];
}
