namespace PauseBot.Slack.Emulator;

/// <summary>Slack Web API rate-limit tiers (requests per minute per method per workspace), see PROTOCOL.md §5.2.</summary>
public enum RateLimitTier
{
    /// <summary>1+ per minute.</summary>
    Tier1 = 1,
    /// <summary>20+ per minute.</summary>
    Tier2 = 20,
    /// <summary>50+ per minute.</summary>
    Tier3 = 50,
    /// <summary>100+ per minute.</summary>
    Tier4 = 100,
    /// <summary>Method-specific ("Special", <c>t5</c> in the references): chat.postMessage, auth.test; others count as Tier 4.</summary>
    Special = 0,
}
