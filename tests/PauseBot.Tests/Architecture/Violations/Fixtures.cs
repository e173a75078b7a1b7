// Deliberate violations for DependencyRulesTests: a make-believe domain that reaches for EF, ASP.NET, Slack and the host,
// and make-believe feature folders that use each other. Nothing else uses these types.
namespace PauseBot.Tests.Architecture.Violations.Domain
{
    public sealed class UsesEf(Microsoft.EntityFrameworkCore.DbContext db) { public object Db => db; }
    public sealed class UsesAspNet(Microsoft.AspNetCore.Http.HttpContext context) { public object Context => context; }
    public sealed class UsesSlack { public PauseBot.Slack.Handlers.SlackResponse? Response { get; init; } }
    public sealed class UsesHost { public PauseBot.Features.Shared.LifecycleRunner? Runner { get; init; } }
    public sealed class Clean { public string Name { get; init; } = ""; }
}

namespace PauseBot.Tests.Architecture.Violations.Features.Shared
{
    public sealed class Helper { public int Value { get; init; } }
}

namespace PauseBot.Tests.Architecture.Violations.Features.Beta
{
    public sealed class BetaThing { public Shared.Helper Helper { get; init; } = new(); }
}

namespace PauseBot.Tests.Architecture.Violations.Features.Alpha
{
    public sealed class AlphaThing { public Beta.BetaThing Beta { get; init; } = new(); }
}

namespace PauseBot.Tests.Architecture.Violations.Features.GammaTwo
{
    public sealed class Other { public Shared.Helper Helper { get; init; } = new(); }
}

namespace PauseBot.Tests.Architecture.Violations.Features.Gamma
{
    // Another feature whose name starts with this one's is still another feature.
    public sealed class GammaThing { public GammaTwo.Other Other { get; init; } = new(); }
}

namespace PauseBot.Tests.Architecture.Violations.LeakyFeatures.Shared
{
    public sealed class SharedThing { public Alpha.AlphaOwn? Own { get; init; } }
}

namespace PauseBot.Tests.Architecture.Violations.LeakyFeatures.Alpha
{
    public sealed class AlphaOwn { public int Value { get; init; } }
}
