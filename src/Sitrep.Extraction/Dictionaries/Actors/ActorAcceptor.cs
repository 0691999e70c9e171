namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>
/// Accepts a phrase when one of its codes applies on the date (STYLE A10): a dated code covering the date first, else
/// an undated one; case-sensitive phrases must match their letters exactly.
/// </summary>
internal ref struct ActorAcceptor<TWords>(scoped ref TWords words, int start, DateOnly date) : IPhraseAcceptor<ActorCandidate>
    where TWords : IWordSource, allows ref struct
{
    private readonly TWords _words = words;

    public ActorCandidate? Found { get; private set; }

    public bool Accept(ReadOnlySpan<ActorCandidate> values, int length)
    {
        ActorCandidate? undated = null;
        foreach (var candidate in values)
        {
            if (candidate.ExactWords is not null && !ExactCase(candidate.ExactWords, length))
            {
                continue;
            }

            if (candidate.IsDated)
            {
                if (candidate.Code.AppliesOn(date))
                {
                    Found = candidate;
                    return true;
                }
            }
            else
            {
                undated ??= candidate;
            }
        }

        Found = undated;
        return undated is not null;
    }

    private readonly bool ExactCase(string[] exact, int length)
    {
        if (exact.Length != length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (!_words.Word(start + i).SequenceEqual(exact[i]))
            {
                return false;
            }
        }

        return true;
    }
}
