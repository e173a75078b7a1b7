using PauseBot.Tests.Support;

namespace PauseBot.Tests.Deployment;

/// <summary>
/// The Dockerfile can't be built here (no container engine), so these pin what matters: two stages, the host project,
/// a numeric non-root user that matches the Deployment's runAsUser, and the entry point. The app is published
/// self-contained and ReadyToRun composite (startup time), so the runtime stage needs only runtime-deps.
/// </summary>
public class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepoFiles.Combine("Dockerfile"))
        .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToArray();

    [Fact]
    public void Dockerfile_BuildsWithSdkAndRunsSelfContainedOnRuntimeDeps()
    {
        var stages = Lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, stages.Count);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", stages[0]);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0", stages[1]);
        var publish = Assert.Single(Lines, l => l.StartsWith("RUN dotnet publish src/PauseBot/PauseBot.csproj", StringComparison.Ordinal));
        Assert.Contains("--self-contained true", publish);
        Assert.Contains(Lines, l => l.Contains("-p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.StartsWith("COPY --from=build", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_EveryProjectTheHostReferencesIsCopiedBeforeRestore()
    {
        var host = File.ReadAllText(RepoFiles.Combine("src", "PauseBot", "PauseBot.csproj"));
        var referenced = System.Text.RegularExpressions.Regex.Matches(host, "\\.\\./(PauseBot[.\\w]*)/").Select(m => m.Groups[1].Value);

        foreach (var project in referenced.Append("PauseBot"))
            Assert.Contains($"COPY src/{project}/{project}.csproj src/{project}/", Lines);
    }

    [Fact]
    public void Dockerfile_RunsAsTheNonRootUserTheDeploymentExpects()
    {
        var user = Assert.Single(Lines, l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..];
        var runAsUser = KubernetesManifests.Load().Deployment["spec"]!["template"]!["spec"]!["securityContext"]!["runAsUser"]!.GetValue<long>();

        Assert.True(long.TryParse(user, out var uid), "USER must be numeric so Kubernetes can check runAsNonRoot");
        Assert.NotEqual(0, uid);
        Assert.Equal(runAsUser, uid);
        Assert.Equal("ENTRYPOINT [\"./PauseBot\"]", Lines[^1]);
    }
}
