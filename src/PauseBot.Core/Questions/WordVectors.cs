using System.Text;

namespace PauseBot.Core.Questions;

/// <summary>
/// Meaning without a neural network at run time: a vector per word of the training rows' vocabulary, each the MiniLM
/// sentence embedding of that word alone (computed ahead of time by scripts/fit-intent-model.sh; the network is not
/// shipped). A message's meaning is the normalised mean of its known words' vectors, scaled by <see cref="Weight"/>
/// (how much it counts beside the n-grams in <see cref="IntentModel"/>). Immutable, so thread-safe.
/// </summary>
internal sealed class WordVectors
{
    public const int Dimensions = 384;

    /// <summary>Scale of the meaning features; chosen by writer-grouped cross-validation over the training rows (1, 2, 3, 4, 6 tried).</summary>
    public const float Weight = 3f;

    private const int FormatVersion = 1;
    private readonly Dictionary<string, float[]> vectors;

    public WordVectors(Dictionary<string, float[]> vectors) => this.vectors = vectors;

    public int Count => vectors.Count;

    /// <summary>Words stored as half-precision floats: what <see cref="Load"/> gives back, so fitting sees what prediction sees.</summary>
    public static WordVectors Rounded(IReadOnlyDictionary<string, float[]> vectors) =>
        new(vectors.ToDictionary(kv => kv.Key, kv => kv.Value.Select(x => (float)(Half)x).ToArray(), StringComparer.Ordinal));

    /// <summary>Writes <paramref name="meaning"/> (length <see cref="Dimensions"/>); all zeros when no word is known.</summary>
    public void Embed(IReadOnlyList<string> tokens, Span<float> meaning)
    {
        meaning.Clear();
        foreach (var token in tokens)
        {
            if (vectors.TryGetValue(token, out var vector))
            {
                for (var i = 0; i < Dimensions; i++)
                {
                    meaning[i] += vector[i];
                }
            }
        }

        var norm = 0f;
        foreach (var x in meaning)
        {
            norm += x * x;
        }

        if (norm > 0)
        {
            var scale = Weight / MathF.Sqrt(norm);
            for (var i = 0; i < Dimensions; i++)
            {
                meaning[i] *= scale;
            }
        }
    }

    /// <summary>Words in ordinal order, each with its half-precision vector; the same vectors give the same bytes.</summary>
    public void Save(Stream destination)
    {
        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(Dimensions);
        writer.Write(vectors.Count);
        foreach (var (word, vector) in vectors.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            foreach (var x in vector)
            {
                writer.Write((Half)x);
            }
        }
    }

    public static WordVectors Load(Stream source)
    {
        using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != FormatVersion || reader.ReadInt32() != Dimensions)
        {
            throw new InvalidDataException("Unknown word-vector format: run scripts/fit-intent-model.sh.");
        }

        var count = reader.ReadInt32();
        var vectors = new Dictionary<string, float[]>(count, StringComparer.Ordinal);
        for (var w = 0; w < count; w++)
        {
            var word = reader.ReadString();
            var vector = new float[Dimensions];
            for (var i = 0; i < Dimensions; i++)
            {
                vector[i] = (float)reader.ReadHalf();
            }

            vectors[word] = vector;
        }

        return new WordVectors(vectors);
    }
}
