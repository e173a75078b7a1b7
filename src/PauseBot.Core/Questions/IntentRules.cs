using static PauseBot.Core.Questions.Concept;
using I = PauseBot.Core.Questions.Intent;

namespace PauseBot.Core.Questions;

/// <summary>The scored rule set. Scores per intent are summed; the best wins if it reaches the threshold.</summary>
internal static class IntentRules
{
    /// <summary>Below this best score the message is <see cref="Intent.Unknown"/>.</summary>
    public const double Threshold = 2.0;

    public static readonly IntentRule[] All =
    [
        // BillableStatus: may I log / bill now, are we paid while paused. Past cues hand over to PastHours.
        new(I.BillableStatus, 2.5, None, Any: Bill, Without: Past),
        new(I.BillableStatus, 1.2, Pay, Without: Past | WhatAbout),
        new(I.BillableStatus, 1.5, Pay, Any: During | Now | Still | Pause | Future, Without: Past),
        new(I.BillableStatus, 2.5, Log | Hours, Without: Past | Login),
        new(I.BillableStatus, 1.0, Log, Any: Permission | Now | Should, Without: Past | Login),
        new(I.BillableStatus, 2.0, Invoice, Any: Now | Permission | Still | During, Without: Past),
        new(I.BillableStatus, 0.5, Hours, Any: Now, Without: Past),
        new(I.BillableStatus, 1.0, Pay | Hours, Without: Past),

        // PastHours: hours/invoices from before the cutoff.
        new(I.PastHours, 3.5, Past, Any: Hours | Pay | Bill | Invoice | Log | Fate),
        new(I.PastHours, 1.5, Invoice),
        new(I.PastHours, 1.5, WhatAbout, Any: Hours | Invoice | Pay | Log),
        new(I.PastHours, 2.0, Hours, Any: Day | Fate),
        new(I.PastHours, 1.5, Fate, Any: Hours | Invoice | Log),

        // ResumeEta: when / how long.
        new(I.ResumeEta, 3.5, When, Any: Resume),
        new(I.ResumeEta, 2.0, When, Any: Pause),
        new(I.ResumeEta, 2.5, Duration),
        new(I.ResumeEta, 2.5, HowMany | Span),
        new(I.ResumeEta, 1.5, Resume, Without: Notify | TellMe),
        new(I.ResumeEta, 1.5, Resume, Any: Future | When | Day | Span),
        new(I.ResumeEta, 1.0, When),
        new(I.ResumeEta, -3.0, None, Any: Notify | TellMe), // "tell me when it resumes" is a subscription

        // PauseReason: why / what happened.
        new(I.PauseReason, 3.0, None, Any: Why),
        new(I.PauseReason, 2.0, None, Any: Event),
        new(I.PauseReason, 1.0, Why, Any: Pause | Stop),
        new(I.PauseReason, 1.0, Event, Any: Pause | Why),

        // NextSteps: what do I do with my work now.
        new(I.NextSteps, 3.0, Should, Any: Stop | Keep | Artifact | Handover | Do | Pause, Without: Hours | Bill | Pay | Log),
        new(I.NextSteps, 2.5, None, Any: Handover),
        new(I.NextSteps, 3.0, None, Any: NextStep),
        new(I.NextSteps, 2.5, Keep, Any: Artifact),
        new(I.NextSteps, 2.0, Do, Any: Stop | Keep | Artifact | Handover, Without: Hours),
        new(I.NextSteps, 1.0, None, Any: Artifact),
        new(I.NextSteps, 1.5, Stop, Without: Why | Event | Hours | Bill | Pay),
        new(I.NextSteps, 1.0, Should, Without: Hours | Bill | Pay),
        new(I.NextSteps, 1.5, Should | Now, Without: Hours | Bill | Pay | Log),

        // AlternativeWork: other work / move me.
        new(I.AlternativeWork, 3.5, Other, Any: Job | Move | Opening | Do | Artifact),
        new(I.AlternativeWork, 2.5, None, Any: Move),
        new(I.AlternativeWork, 2.5, None, Any: Opening),
        new(I.AlternativeWork, 1.5, Other),

        // Contact: who do I talk to.
        new(I.Contact, 1.2, Who),
        new(I.Contact, 2.5, Who, Any: Person | Talk | Info | Manage | Job),
        new(I.Contact, 2.0, Who, Any: Invoice | Pay | Hours | Log | Bill | Pause | Fate | Resume | Event | Handover | Artifact | Should),
        new(I.Contact, 2.0, None, Any: Person),
        new(I.Contact, 1.0, Talk, Any: Person | Who),
        new(I.Contact, 1.0, None, Any: Talk),

        // Status: is it paused / any news.
        new(I.Status, 3.0, None, Any: StatusWord),
        new(I.Status, 2.5, Pause | FirstAux, Without: Pay | Bill | Log | Why | Event | Other | Move | Notify | When | During),
        new(I.Status, 2.5, None, Any: StateWord, Without: Pay | Bill | Log | Hours),
        new(I.Status, 2.5, FirstAux | LastOn),
        new(I.Status, 1.5, Verify),
        new(I.Status, 1.5, Verify, Any: Pause),
        new(I.Status, 2.0, Change, Without: Notify | TellMe | Event),

        // NotifyMe: tell me when.
        new(I.NotifyMe, 3.5, None, Any: Notify),
        new(I.NotifyMe, 1.0, Notify, Any: When | Resume | Change | StatusWord | Pause),
        new(I.NotifyMe, 3.5, TellMe, Any: When | Resume | Change | StatusWord | Pause),
        new(I.NotifyMe, 1.0, TellMe),

        // "who …" questions are about people, whatever else they mention.
        new(I.BillableStatus, -3.0, Who), new(I.PastHours, -3.0, Who), new(I.ResumeEta, -3.0, Who),
        new(I.PauseReason, -3.0, Who), new(I.NextSteps, -3.0, Who), new(I.Status, -3.0, Who),
        new(I.NotifyMe, -3.0, Who), new(I.AlternativeWork, -3.0, Who),
    ];
}
