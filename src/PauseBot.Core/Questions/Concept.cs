namespace PauseBot.Core.Questions;

/// <summary>Semantic cues extracted from a message; intents are scored from combinations of these.</summary>
[Flags]
internal enum Concept : ulong
{
    None = 0,
    Bill = 1UL << 0,        // bill, billable, charge
    Invoice = 1UL << 1,     // invoice(s)
    Pay = 1UL << 2,         // paid, pay, compensated
    Log = 1UL << 3,         // log, track, record, timesheet
    Hours = 1UL << 4,       // hours, time, timesheet
    Now = 1UL << 5,         // now, today, this week, going forward
    Still = 1UL << 6,
    During = 1UL << 7,      // while, during, meantime
    Past = 1UL << 8,        // already, yesterday, last, before, logged, worked
    Day = 1UL << 9,         // monday, morning, october, sprint
    Fate = 1UL << 10,       // safe, lost, honored, count, happens to
    WhatAbout = 1UL << 11,  // "what about"
    When = 1UL << 12,       // when, eta, date, timeline, until
    Resume = 1UL << 13,     // resume, restart, unpause, back, lift, again
    Duration = 1UL << 14,   // "how long"
    HowMany = 1UL << 15,
    Span = 1UL << 16,       // days, weeks, months
    Future = 1UL << 17,     // next, tomorrow, soon, later
    Why = 1UL << 18,        // why, reason, cause, because, "how come"
    Event = 1UL << 19,      // breach, hack, incident, scope, budget, happened
    Should = 1UL << 20,     // should, supposed, need, have to
    Do = 1UL << 21,
    Stop = 1UL << 22,       // stop, quit, drop, finish, wrap up
    Keep = 1UL << 23,       // keep, continue, carry on
    Artifact = 1UL << 24,   // branch, PR, commit, code, ticket, laptop
    Handover = 1UL << 25,   // hand over / off, handover
    NextStep = 1UL << 26,   // "next steps", "what now", "sit tight"
    Other = 1UL << 27,      // other, another, else, different, instead
    Move = 1UL << 28,       // move, switch, reassign, transfer
    Job = 1UL << 29,        // work, project, gig, contract, team, client
    Opening = 1UL << 30,    // openings, positions, hiring, available
    Who = 1UL << 31,
    Person = 1UL << 32,     // lead, manager, PM, someone, responsible, "in charge"
    Talk = 1UL << 33,       // talk, speak, ask, email, reach out
    Info = 1UL << 34,       // know, info, questions, answer
    StatusWord = 1UL << 35, // status, news, update, latest, state
    StateWord = 1UL << 36,  // active, running, cancelled, dead, over
    Change = 1UL << 37,
    Verify = 1UL << 38,     // heard, rumor, true, actually
    Pause = 1UL << 39,      // paused, on hold, suspended, frozen, halted
    Notify = 1UL << 40,     // notify, ping, alert, subscribe, remind, "let me know"
    TellMe = 1UL << 41,     // "tell me", "message me", "send me"
    Permission = 1UL << 42, // can, may, allowed, ok
    Login = 1UL << 43,      // "log in", "log into", login (not time logging)
    FirstAux = 1UL << 44,   // positional: message opens with is/are/still/heard… (yes/no state question)
    LastOn = 1UL << 45,     // positional: message ends with "on" ("is chordus still on")
    Manage = 1UL << 46,     // runs, manages, decides, made the decision
}
