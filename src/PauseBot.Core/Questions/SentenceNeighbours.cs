using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace PauseBot.Core.Questions;

/// <summary>
/// The training rows' MiniLM sentence embeddings with their labels (written by scripts/fit-intent-model.sh, shipped as
/// Questions/Data/intent-neighbours.bin), and the vote of the <see cref="K"/> rows nearest to a message: each weighs
/// exp((similarity − best similarity) / <see cref="Temperature"/>), so near-copies of a labelled row count most. The
/// sentence model mixes this vote into its probabilities (<see cref="Weight"/>): a message close to rows of one intent
/// is answered with more confidence than the linear model alone gives it. K, the temperature and the weight were chosen
/// by writer-grouped cross-validation over the training rows. Immutable, so thread-safe.
/// </summary>
internal sealed class SentenceNeighbours
{
    /// <summary>How many of the most similar training rows vote (10, 30 and 50 tried: the same within 0.3 points).</summary>
    public const int K = 30;

    /// <summary>Softness of the vote (0.02, 0.03, 0.05, 0.1 tried).</summary>
    public const float Temperature = 0.03f;

    /// <summary>Share of the vote in the sentence model's probabilities (0.2, 0.3, 0.4 tried).</summary>
    public const float Weight = 0.3f;

    private const int FormatVersion = 1;
    private const int Dimensions = IntentModel.SentenceDimensions;
    private const int IntentCount = (int)Intent.NotifyMe + 1;

    private readonly float[] vectors;
    private readonly Intent[] labels;

    private SentenceNeighbours(float[] vectors, Intent[] labels)
    {
        this.vectors = vectors;
        this.labels = labels;
    }

    public int Count => labels.Length;

    public Intent Label(int row) => labels[row];

    /// <summary>
    /// The rows' embeddings stored as half-precision floats: what <see cref="Load"/> gives back, so cross-validation and
    /// tests see what the host sees.
    /// </summary>
    public static SentenceNeighbours Rounded(IReadOnlyList<Intent> labels, IReadOnlyList<float[]> sentences)
    {
        if (labels.Count != sentences.Count)
        {
            throw new ArgumentException("One sentence embedding per label.", nameof(sentences));
        }

        var vectors = new float[labels.Count * Dimensions];
        for (var row = 0; row < labels.Count; row++)
        {
            if (sentences[row].Length != Dimensions)
            {
                throw new ArgumentException($"Row {row}: a sentence embedding has {Dimensions} floats.", nameof(sentences));
            }

            for (var i = 0; i < Dimensions; i++)
            {
                vectors[(row * Dimensions) + i] = (float)(Half)sentences[row][i];
            }
        }

        return new SentenceNeighbours(vectors, [.. labels]);
    }

    /// <summary>Writes the vote of the nearest rows to <paramref name="sentence"/> (unit length), a probability per <see cref="Intent"/> summing to 1.</summary>
    public void Vote(ReadOnlySpan<float> sentence, Span<float> probabilities)
    {
        probabilities.Clear();
        if (Count == 0)
        {
            return;
        }

        Span<float> best = stackalloc float[K];
        Span<int> bestRows = stackalloc int[K];
        best.Fill(float.NegativeInfinity);
        bestRows.Fill(-1);
        var all = vectors.AsSpan();
        for (var row = 0; row < Count; row++)
        {
            var similarity = Dot(all.Slice(row * Dimensions, Dimensions), sentence);
            if (similarity <= best[K - 1])
            {
                continue;
            }

            var at = K - 1;
            while (at > 0 && best[at - 1] < similarity)
            {
                best[at] = best[at - 1];
                bestRows[at] = bestRows[at - 1];
                at--;
            }

            best[at] = similarity;
            bestRows[at] = row;
        }

        var total = 0f;
        for (var i = 0; i < K && bestRows[i] >= 0; i++)
        {
            var weight = MathF.Exp((best[i] - best[0]) / Temperature);
            probabilities[(int)labels[bestRows[i]]] += weight;
            total += weight;
        }

        for (var i = 0; i < IntentCount; i++)
        {
            probabilities[i] /= total;
        }
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var wide = MemoryMarshal.Cast<float, Vector<float>>(a);
        var other = MemoryMarshal.Cast<float, Vector<float>>(b);
        for (var i = 0; i < wide.Length; i++)
        {
            sum += wide[i] * other[i];
        }

        var dot = Vector.Sum(sum);
        for (var i = wide.Length * Vector<float>.Count; i < a.Length; i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    /// <summary>Rows in order, each its label and half-precision embedding; the same rows give the same bytes.</summary>
    public void Save(Stream destination)
    {
        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(Dimensions);
        writer.Write(Count);
        for (var row = 0; row < Count; row++)
        {
            writer.Write((byte)labels[row]);
            for (var i = 0; i < Dimensions; i++)
            {
                writer.Write((Half)vectors[(row * Dimensions) + i]);
            }
        }
    }

    public static SentenceNeighbours Load(Stream source)
    {
        using var reader = new BinaryReader(source, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != FormatVersion || reader.ReadInt32() != Dimensions)
        {
            throw new InvalidDataException("Unknown sentence-neighbours format: run scripts/fit-intent-model.sh.");
        }

        var count = reader.ReadInt32();
        var vectors = new float[count * Dimensions];
        var labels = new Intent[count];
        for (var row = 0; row < count; row++)
        {
            labels[row] = (Intent)reader.ReadByte();
            for (var i = 0; i < Dimensions; i++)
            {
                vectors[(row * Dimensions) + i] = (float)reader.ReadHalf();
            }
        }

        return new SentenceNeighbours(vectors, labels);
    }
}
