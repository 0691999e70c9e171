namespace Sitrep.Extraction.Entities;

/// <summary>
/// Answers <see cref="EntityRecognizer.AppearsLowerCase"/> for one text in time independent of its length: the text's
/// maximal letter runs are indexed once by content, and a word is looked up through its rarest run (issue 9 point 1:
/// scanning the whole text for each sentence-initial name made recognition quadratic). Same answers as the scan.
/// </summary>
internal sealed class LowerCaseWords
{
    private readonly string _text;
    private readonly Dictionary<string, List<int>> _runs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _answers = new(StringComparer.Ordinal);

    /// <summary>Indexes <paramref name="text"/> (the text the words are looked up in).</summary>
    public LowerCaseWords(string text)
    {
        _text = text;
        var lookup = _runs.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            var run = text.AsSpan(start, i - start);
            if (!lookup.TryGetValue(run, out var positions))
            {
                lookup[run] = positions = [];
            }

            positions.Add(start);
        }
    }

    /// <summary>True when <paramref name="word"/> with its first letter in lower case occurs in the text as a whole word.</summary>
    public bool Contains(string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]) || word.Length > 64)
        {
            return false;
        }

        if (_answers.TryGetValue(word, out var known))
        {
            return known;
        }

        var lower = string.Create(word.Length, word, (span, w) =>
        {
            w.AsSpan().CopyTo(span);
            span[0] = char.ToLowerInvariant(w[0]);
        });
        var answer = char.IsUpper(lower[0]) ? EntityRecognizer.AppearsLowerCase(_text, word) : Find(lower);
        _answers[word] = answer;
        return answer;
    }

    // An occurrence bounded by non-letters starts a letter run, and each letter run of the word is then a whole run of
    // the text: the occurrences are among the positions of the word's rarest run.
    private bool Find(string lower)
    {
        List<int>? rarest = null;
        var offset = 0;
        var lookup = _runs.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < lower.Length)
        {
            if (!char.IsLetter(lower[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < lower.Length && char.IsLetter(lower[i]))
            {
                i++;
            }

            if (!lookup.TryGetValue(lower.AsSpan(start, i - start), out var positions))
            {
                return false;
            }

            if (rarest is null || positions.Count < rarest.Count)
            {
                (rarest, offset) = (positions, start);
            }
        }

        foreach (var q in rarest!)
        {
            var at = q - offset;
            var end = at + lower.Length;
            if (at >= 0 && end <= _text.Length && (at == 0 || !char.IsLetter(_text[at - 1])) && (end == _text.Length || !char.IsLetter(_text[end]))
                && _text.AsSpan(at, lower.Length).SequenceEqual(lower))
            {
                return true;
            }
        }

        return false;
    }
}
