namespace PauseBot.Features.Shared.Text;

/// <summary>How a flag's value is read by <see cref="CommandText.Parse"/>.</summary>
public enum FlagKind
{
    /// <summary>One token (or one quoted string): <c>--internal "client breach"</c>.</summary>
    Text,

    /// <summary>Up to 3 tokens, greedily, as long as they still look like a <see cref="TimeExpression"/>.</summary>
    Time,

    /// <summary>No value: presence means <c>true</c>; <c>--flag=false</c> / <c>=no</c> / <c>=off</c> also allowed.</summary>
    Boolean,

    /// <summary>One token that must be a whole number.</summary>
    Int,
}
