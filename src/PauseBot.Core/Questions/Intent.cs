namespace PauseBot.Core.Questions;

/// <summary>What a contractor's message is asking about. Exactly one per message.</summary>
public enum Intent
{
    Unknown,
    BillableStatus,
    PastHours,
    ResumeEta,
    PauseReason,
    NextSteps,
    AlternativeWork,
    Contact,
    Status,
    NotifyMe,
}
