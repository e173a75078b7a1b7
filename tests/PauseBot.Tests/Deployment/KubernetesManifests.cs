using System.Text.Json.Nodes;
using PauseBot.Tests.Support;

namespace PauseBot.Tests.Deployment;

/// <summary>The objects in manifests/kubernetes, parsed from YAML, found by kind.</summary>
public sealed class KubernetesManifests
{
    private readonly List<JsonObject> objects;

    private KubernetesManifests(List<JsonObject> objects) => this.objects = objects;

    public static KubernetesManifests Load() => new(Directory.GetFiles(RepoFiles.Combine("manifests", "kubernetes"), "*.yaml")
        .SelectMany(YamlJson.ReadAll).OfType<JsonObject>().Where(o => o["kind"] is not null).ToList());

    public IReadOnlyList<string> Kinds => objects.Select(o => o["kind"]!.GetValue<string>()).ToList();

    public JsonObject Single(string kind) => Assert.Single(objects, o => o["kind"]!.GetValue<string>() == kind);

    public JsonObject Deployment => Single("Deployment");

    public JsonObject Container => Assert.Single(Deployment["spec"]!["template"]!["spec"]!["containers"]!.AsArray())!.AsObject();

    public JsonObject PodLabels => Deployment["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();

    /// <summary>The environment every replica gets: the ConfigMap's data and the example Secret's stringData.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        Single("ConfigMap")["data"]!.AsObject().Concat(Single("Secret")["stringData"]!.AsObject())
            .ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>());

    /// <summary>True when every label of <paramref name="selector"/> is on the pods.</summary>
    public bool SelectsPods(JsonNode selector) =>
        selector.AsObject().All(kv => PodLabels[kv.Key]?.GetValue<string>() == kv.Value!.GetValue<string>());
}
