namespace PauseBot.Core.Pauses;

/// <summary>What a lead says when pausing. <see cref="InternalNote"/> is for leads and admins only.</summary>
public sealed record PauseDetails(
    string PublicReason,
    DateTimeOffset? EffectiveAt = null,
    DateTimeOffset? ExpectedResumeAt = null,
    DateTimeOffset? NextUpdateBy = null,
    string? InternalNote = null,
    string? Guidance = null);
