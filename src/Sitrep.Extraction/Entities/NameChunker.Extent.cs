namespace Sitrep.Extraction.Entities;

/// <summary>
/// Where a chunk ends: the run of name tokens joined by name particles ("bin", "von der") and by the connectors of
/// organisation names and titles ("Ministry of Defense"), and the words glued by text extraction that end it.
/// </summary>
internal sealed partial class NameChunker
{
    /// <summary>Longest stem before an inner capital that still reads as a name prefix: "Mc", "Mac", "De", "You".</summary>
    private const int MaxNamePrefix = 3;

    /// <summary>Most distinct stems of CamelCase words a document is searched for (keeps the search linear in practice).</summary>
    private const int MaxGlueStems = 32;

    private readonly Dictionary<string, bool> _stemAlone = new(StringComparer.Ordinal);

    /// <summary>The last token of the chunk starting at <paramref name="i"/>.</summary>
    private int Extend(int i, int end)
    {
        var j = i;
        var cue = (Class(i) & (WordClass.OrgCue | WordClass.PlaceCue | WordClass.TitleHead)) != 0;
        var connected = false;
        while (j + 1 < end && j - i + 1 < MaxChunkTokens)
        {
            var n = j + 1;
            if (!_view.JoinedToPrevious(n))
            {
                break;
            }

            if (IsNameToken(n))
            {
                j = n;
                cue |= (Class(n) & (WordClass.OrgCue | WordClass.PlaceCue | WordClass.TitleHead)) != 0;
                continue;
            }

            // Name particles: "Osama bin Laden", "Ursula von der Leyen".
            if (_view.IsWord(n) && (Class(n) & WordClass.Particle) != 0 && char.IsLower(_view[n][0]))
            {
                var k = n;
                while (k < end && (Class(k) & WordClass.Particle) != 0 && char.IsLower(_view[k][0]) && k - n < 3)
                {
                    k++;
                }

                if (k < end && _view.JoinedToPrevious(k) && IsNameToken(k))
                {
                    j = k;
                    continue;
                }

                break;
            }

            // Connectors inside organisation names and titles: "Ministry of Defense", "Secretary of State",
            // "Center for Economics and Foreign Policy Studies"; "and" only after "of"/"for".
            // Issue 9 point 8: after a title alone, a connector goes on only from a title word ("Secretary of State",
            // "Minister for the Middle East"); after a name it ends the chunk ("Mr Pound on Friends Reunited", "Lord Smith of Finsbury").
            var connectorCue = cue && (connected || (Class(i) & WordClass.TitleHead) == 0 || HasClass(i, j, WordClass.OrgCue | WordClass.PlaceCue)
                || (Class(j) & (WordClass.TitleHead | WordClass.TitleModifier)) != 0 || _lex.Titles.Match(_view, i, j + 1, matchCase: false, out _) == j - i + 1);
            if (connectorCue && (_view.Is(n, "of") || _view.Is(n, "for") || _view.Is(n, "on") || _view.Is(n, "&") || (connected && _view.Is(n, "and"))) && char.IsLower(_view[n][0]) | _view.Is(n, "&"))
            {
                // "of the", "for the" go on; "and the" starts a second name ("the Governments of Iraq and the United States").
                var k = n + 1;
                if (k < end && _view.Is(k, "the") && char.IsLower(_view[k][0]) && !_view.Is(n, "and"))
                {
                    k++;
                }

                if (k < end && _view.JoinedToPrevious(k) && IsNameToken(k) && (Class(k) & (WordClass.CommonWord | WordClass.NameStart)) != WordClass.CommonWord)
                {
                    connected = true;
                    j = k;
                    cue |= (Class(k) & (WordClass.OrgCue | WordClass.PlaceCue)) != 0;
                    continue;
                }
            }

            break;
        }

        return j;
    }

    /// <summary>
    /// True for two words glued by text extraction ("Jo JorgensenImage: Jo Jorgensen for President", a caption label
    /// run into a name; issue 9 point 8): a lower-to-upper change inside the word after a stem of more than three
    /// letters, where the word is a form edited news does not write (the casing table does not hold it) or its stem
    /// stands alone as a word elsewhere in the text. Name forms with a short prefix ("McDonald", "MacArthur",
    /// "DeSantis", "YouTube") and brand forms news writes ("PlayStation", "ExxonMobil") stay names.
    /// </summary>
    private bool IsGlued(int i)
    {
        if (!_view.IsWord(i))
        {
            return false;
        }

        var w = _view[i];
        var inner = -1;
        for (var k = 1; k < w.Length; k++)
        {
            if (char.IsUpper(w[k]) && char.IsLower(w[k - 1]))
            {
                inner = k;
                break;
            }

            if (!char.IsLetter(w[k]))
            {
                return false; // "al-Serraj", "O'Neill": joined by punctuation, not glued
            }
        }

        if (inner <= MaxNamePrefix)
        {
            return false;
        }

        if (!(_lex.Casing.TryGet(w, out var entry) && w.Equals(entry.Form, StringComparison.Ordinal)))
        {
            return true;
        }

        var stem = w[..inner].ToString();
        if (!_stemAlone.TryGetValue(stem, out var alone))
        {
            // Bounded: past MaxGlueStems distinct stems a document's further CamelCase words are taken as written.
            alone = _stemAlone.Count < MaxGlueStems && StandsAlone(_view.Text, stem);
            _stemAlone[stem] = alone;
        }

        return alone;
    }

    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> with no letter on either side.</summary>
    private static bool StandsAlone(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
