using System.Net;
using PauseBot.Configuration;
using PauseBot.Outbox;
using PauseBot.Persistence;
using PauseBot.Telemetry;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Deployment;

/// <summary>manifests/kubernetes agrees with the app: port, probe paths, configuration keys, and the security basics.</summary>
public class KubernetesManifestTests
{
    private static readonly KubernetesManifests K8s = KubernetesManifests.Load();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every configuration key the app reads, as <c>Section:Key</c>.</summary>
    private static readonly HashSet<string> KnownKeys = new[]
        {
            (SlackOptions.Section, typeof(SlackOptions)), (DatabaseOptions.Section, typeof(DatabaseOptions)),
            (PauseBotOptions.Section, typeof(PauseBotOptions)), (OutboxOptions.Section, typeof(OutboxOptions)),
            (TelemetryOptions.Section, typeof(TelemetryOptions)),
        }
        .SelectMany(s => s.Item2.GetProperties().Where(p => p.CanWrite).Select(p => $"{s.Item1}:{p.Name}"))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Manifests_HaveEveryObjectOfTheDeployment()
    {
        Assert.Equal(["ConfigMap", "Deployment", "Kustomization", "PodDisruptionBudget", "Secret", "Service"], K8s.Kinds.Order());
    }

    [Fact]
    public void Kustomization_AppliesEveryObjectButTheSecretExample()
    {
        var resources = K8s.Single("Kustomization")["resources"]!.AsArray().Select(r => r!.GetValue<string>());
        var files = Directory.GetFiles(RepoFiles.Combine("manifests", "kubernetes"), "*.yaml").Select(Path.GetFileName)
            .Where(f => f is not "kustomization.yaml" and not "secret.example.yaml");

        Assert.Equal(files.Order(), resources.Order());
    }

    [Fact]
    public void Deployment_ThreeReplicasWithRequestsAndLimits()
    {
        Assert.Equal(3, K8s.Deployment["spec"]!["replicas"]!.GetValue<long>());
        var resources = K8s.Container["resources"]!;
        foreach (var part in new[] { "requests", "limits" })
        {
            Assert.NotNull(resources[part]!["cpu"]);
            Assert.NotNull(resources[part]!["memory"]);
        }
    }

    [Fact]
    public void Deployment_ContainerPortIsTheOneTheAppListensOn()
    {
        var port = Assert.Single(K8s.Container["ports"]!.AsArray())!;
        var urls = K8s.Environment["ASPNETCORE_URLS"];

        Assert.Equal(new Uri(urls.Replace("+", "localhost")).Port, port["containerPort"]!.GetValue<long>());
        Assert.Contains($"ASPNETCORE_URLS={urls}", File.ReadAllText(RepoFiles.Combine("Dockerfile")));
        Assert.Contains($"EXPOSE {port["containerPort"]}", File.ReadAllText(RepoFiles.Combine("Dockerfile")));
    }

    [Fact]
    public async Task Deployment_ProbePathsAnswer200OnTheRunningApp()
    {
        Assert.Equal("/readyz", K8s.Container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        Assert.Equal("/healthz", K8s.Container["livenessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
        await using var bot = await BotHost.StartAsync();

        foreach (var probe in new[] { "readinessProbe", "livenessProbe", "startupProbe" })
        {
            var get = K8s.Container[probe]!["httpGet"]!;
            Assert.Equal("http", get["port"]!.GetValue<string>());
            var response = await bot.Http.GetAsync(get["path"]!.GetValue<string>(), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public void Deployment_NonRootWithReadOnlyRootFilesystemAndWritableTmp()
    {
        var pod = K8s.Deployment["spec"]!["template"]!["spec"]!;
        Assert.True(pod["securityContext"]!["runAsNonRoot"]!.GetValue<bool>());
        Assert.NotEqual(0, pod["securityContext"]!["runAsUser"]!.GetValue<long>());
        var container = K8s.Container["securityContext"]!;
        Assert.True(container["readOnlyRootFilesystem"]!.GetValue<bool>());
        Assert.False(container["allowPrivilegeEscalation"]!.GetValue<bool>());
        var tmp = Assert.Single(K8s.Container["volumeMounts"]!.AsArray(), m => m!["mountPath"]!.GetValue<string>() == "/tmp")!;
        var volume = Assert.Single(pod["volumes"]!.AsArray(), v => v!["name"]!.GetValue<string>() == tmp["name"]!.GetValue<string>())!;
        Assert.NotNull(volume["emptyDir"]);
    }

    [Fact]
    public void Environment_EveryKeyIsAConfigurationKeyTheAppReads()
    {
        var unknown = K8s.Environment.Keys.Where(name => !IsKnown(name.Replace("__", ":"))).ToList();

        Assert.Empty(unknown);
        Assert.Equal("Postgres", K8s.Environment["Database__Provider"]); // several replicas share one PostgreSQL
        foreach (var required in new[] { "Slack__BotToken", "Slack__SigningSecret", "Database__ConnectionString" })
            Assert.Contains(required, K8s.Single("Secret")["stringData"]!.AsObject().Select(kv => kv.Key));
    }

    [Fact]
    public void SecretExample_HoldsPlaceholdersOnly()
    {
        var values = K8s.Single("Secret")["stringData"]!.AsObject().Select(kv => kv.Value!.GetValue<string>()).ToList();

        Assert.All(values, v => Assert.Contains("REPLACE_WITH_", v));
        Assert.DoesNotContain(values, v => v.StartsWith("xox", StringComparison.Ordinal));
    }

    [Fact]
    public void Environment_WithRealSecretValues_BuildsTheHostWithoutConfigurationProblems()
    {
        var env = K8s.Environment.ToDictionary(kv => kv.Key, kv => kv.Value);
        env["Slack__BotToken"] = "xoxb-1-2-abc";
        env["Slack__SigningSecret"] = "0123456789abcdef";
        env["Database__ConnectionString"] = "Host=127.0.0.1;Database=pausebot;Username=pausebot;Password=pw";
        var errors = new StringWriter();

        var app = PauseBotHost.Build(env.Select(kv => $"--{kv.Key.Replace("__", ":")}={kv.Value}").ToArray(), errors);

        Assert.True(app is not null, errors.ToString());
        using var scope = app.Services.CreateScope();
        Assert.IsType<PostgresPauseBotDbContext>(scope.ServiceProvider.GetRequiredService<PauseBotDbContext>());
    }

    [Fact]
    public void ServiceAndDisruptionBudget_SelectThePodsAndKeepAQuorum()
    {
        var service = K8s.Single("Service")["spec"]!;
        Assert.True(K8s.SelectsPods(service["selector"]!));
        Assert.Equal("http", Assert.Single(service["ports"]!.AsArray())!["targetPort"]!.GetValue<string>());
        var pdb = K8s.Single("PodDisruptionBudget")["spec"]!;
        Assert.True(K8s.SelectsPods(pdb["selector"]!["matchLabels"]!));
        Assert.InRange(pdb["minAvailable"]!.GetValue<long>(), 1, K8s.Deployment["spec"]!["replicas"]!.GetValue<long>() - 1);
    }

    private static bool IsKnown(string key) =>
        key == "ASPNETCORE_URLS" || key.StartsWith("Logging:LogLevel:", StringComparison.Ordinal) || key == "Logging:Console:FormatterName"
        || KnownKeys.Contains(key) || KnownKeys.Contains(System.Text.RegularExpressions.Regex.Replace(key, ":[0-9]+$", ""));
}
