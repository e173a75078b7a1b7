using System.Reflection;
using PauseBot.Slack.WebApi;

namespace PauseBot.Slack.Tests.WebApi;

/// <summary>The Web API convention (STYLE #2): every method is async and takes a CancellationToken last.</summary>
public sealed class ApiLintTests
{
    public static TheoryData<Type> ApiInterfaces =>
    [
        .. typeof(ISlackApiClient).Assembly.GetExportedTypes()
            .Where(t => t.IsInterface && t.Namespace == typeof(ISlackApiClient).Namespace && t.Name.EndsWith("Api", StringComparison.Ordinal)),
    ];

    [Fact]
    public void ApiInterfaces_AllFamiliesFound() => Assert.True(ApiInterfaces.Count >= 6);

    [Theory]
    [MemberData(nameof(ApiInterfaces))]
    public void Methods_EndInAsyncAndTakeCancellationTokenLast(Type api)
    {
        foreach (var method in api.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.True(method.Name.EndsWith("Async", StringComparison.Ordinal), $"{api.Name}.{method.Name} must end in Async");
            Assert.True(typeof(Task).IsAssignableFrom(method.ReturnType), $"{api.Name}.{method.Name} must return a Task");
            var last = method.GetParameters().LastOrDefault();
            Assert.True(last?.ParameterType == typeof(CancellationToken), $"{api.Name}.{method.Name} must take a CancellationToken last");
        }
    }

    [Fact]
    public void SlackApiClient_ExposesEveryFamily() =>
        Assert.Equal(["Auth", "Chat", "Conversations", "Users", "Views"],
            typeof(ISlackApiClient).GetProperties().Select(p => p.Name).Order());
}
