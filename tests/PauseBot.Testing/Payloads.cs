using System.Text.Json.Nodes;

namespace PauseBot.Testing;

/// <summary>Reads the real Slack sample payloads copied next to the test assembly (<c>Payloads/</c>).</summary>
public static class Payloads
{
    /// <summary>Absolute path of the payload folder in the output directory.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Payloads");

    /// <summary>Absolute path of one payload file.</summary>
    public static string PathOf(string fileName)
    {
        var path = Path.Combine(Directory, fileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Payload '{fileName}' not found in {Directory}.", path);
    }

    /// <summary>The file's text.</summary>
    public static string Read(string fileName) => File.ReadAllText(PathOf(fileName));

    /// <summary>The file's exact bytes.</summary>
    public static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    /// <summary>The file parsed as JSON.</summary>
    public static JsonNode Json(string fileName) =>
        JsonNode.Parse(Read(fileName)) ?? throw new InvalidDataException($"Payload '{fileName}' is JSON null.");

    /// <summary>The file parsed as a JSON object.</summary>
    public static JsonObject Object(string fileName) =>
        Json(fileName) as JsonObject ?? throw new InvalidDataException($"Payload '{fileName}' is not a JSON object.");
}
