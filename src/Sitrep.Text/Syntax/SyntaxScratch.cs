namespace Sitrep.Text.Syntax;

/// <summary>
/// Reusable buffers for <see cref="SyntaxModel.Analyze"/>: not thread-safe, so each thread (or each document) uses
/// its own. Reusing one avoids allocating per sentence.
/// </summary>
public sealed class SyntaxScratch
{
    internal ArcEagerState State { get; } = new();

    internal WordHashes[] Words { get; private set; } = new WordHashes[64];

    internal int[] Tags { get; private set; } = new int[64];

    internal int[] Heads { get; private set; } = new int[64];

    internal int[] Labels { get; private set; } = new int[64];

    internal void Ensure(int words)
    {
        if (Words.Length < words)
        {
            var size = Math.Max(words, Words.Length * 2);
            Words = new WordHashes[size];
            Tags = new int[size];
            Heads = new int[size];
            Labels = new int[size];
        }
    }
}
