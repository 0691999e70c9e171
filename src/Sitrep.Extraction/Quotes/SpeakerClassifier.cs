using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quotes;

/// <summary>Decides what a run of words next to a reporting verb names: a person or body, a pronoun, an anonymous source, or nothing.</summary>
internal sealed class SpeakerClassifier(string text, QuoteLexicon lexicon)
{
    // "the" plus at most two words before the title ("the prime minister", "the foreign secretary").
    private const int MaxTitleNominalWords = 4;

    /// <summary>Classifies contiguous noun-phrase words; null when they name no plausible speaker.</summary>
    public SpeakerPhrase? Classify(IReadOnlyList<TextSpan> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count == 1 && Grammar.Is(Grammar.SpeakerPronouns, Word(words[0])))
        {
            return new SpeakerPhrase(words[0], Word(words[0]), null, SpeakerPhraseKind.Pronoun);
        }

        if (Grammar.Is(Grammar.Prepositions, Word(words[0])))
        {
            return null;
        }

        // The head of "a source at the Free Syrian Army" is "source": cut at the first preposition.
        var cut = words.Count;
        for (var i = 1; i < words.Count; i++)
        {
            if (Grammar.Is(Grammar.Prepositions, Word(words[i])))
            {
                cut = i;
                break;
            }
        }

        var head = Word(words[cut - 1]);
        var noun = lexicon.SourceNounOf(head);
        if (noun is not null)
        {
            var whole = new TextSpan(words[0].Start, words[^1].End);
            var kind = noun == SourceNounClass.Anonymous ? SpeakerPhraseKind.Anonymous : SpeakerPhraseKind.Institution;
            return new SpeakerPhrase(whole, whole.Of(text), null, kind);
        }

        return Named(words, cut) ?? TitleNominal(words, cut);
    }

    // "The cardinal said …", "the prime minister told …": a definite lower-case title noun names the office holder the
    // story is about (issue 9 point 7). The entity layer may link it to the person; otherwise the phrase stands as said.
    private SpeakerPhrase? TitleNominal(IReadOnlyList<TextSpan> words, int cut)
    {
        if (cut < 2 || cut > MaxTitleNominalWords || !Word(words[0]).Equals("the", StringComparison.OrdinalIgnoreCase) || !lexicon.IsTitle(Word(words[cut - 1])))
        {
            return null;
        }

        for (var i = 1; i < cut; i++)
        {
            if (!char.IsLower(text[words[i].Start]))
            {
                return null;
            }
        }

        var whole = new TextSpan(words[0].Start, words[^1].End);
        return new SpeakerPhrase(whole, whole.Of(text), null, SpeakerPhraseKind.Institution);
    }

    /// <summary>True when the word can be part of a proper name: capitalised, or a name particle (<c>al-Serraj</c>).</summary>
    public bool IsNameWord(TextSpan word)
    {
        var c = text[word.Start];
        if (char.IsUpper(c))
        {
            return true;
        }

        var w = Word(word);
        return w.StartsWith("al-", StringComparison.Ordinal) || w.StartsWith("el-", StringComparison.Ordinal);
    }

    /// <summary>The text of a word.</summary>
    public string Word(TextSpan word) => word.Of(text);

    // The name is the longest run of name words starting before the first preposition ("Yvette Cooper of the Labour Party").
    private SpeakerPhrase? Named(IReadOnlyList<TextSpan> words, int cut)
    {
        // Runs of name words; a lower-case particle joins a run when a name word follows, and "of" joins
        // a one-word run to the next name (House of Commons, Court of Session).
        return Named(words, cut, beforeCut: true) ?? Named(words, cut, beforeCut: false);
    }

    private SpeakerPhrase? Named(IReadOnlyList<TextSpan> words, int cut, bool beforeCut)
    {
        (int Start, int End)? best = null;
        var titleEnd = -1;
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(words[i]))
            {
                i++;
                continue;
            }

            var s = i;
            var e = i + 1;
            while (e < words.Count)
            {
                var w = Word(words[e]);
                var nextIsName = e + 1 < words.Count && IsNameWord(words[e + 1]);
                if (IsNameWord(words[e]) || (nextIsName && Grammar.Is(Grammar.NameParticles, w)) || (nextIsName && w == "of" && e - s == 1))
                {
                    e++;
                }
                else
                {
                    break;
                }
            }

            // Strip determiners and titles from the left: "GNA Interior Minister Fathi Bashagha" -> "Fathi Bashagha".
            var ns = s;
            var lastTitle = -1;
            for (var k = s; k < e; k++)
            {
                var w = Word(words[k]);
                if (lexicon.IsTitle(w) || lexicon.IsTitle(w + ".") || lexicon.SourceNounOf(w) is not null)
                {
                    lastTitle = k;
                }
            }

            if (lastTitle >= 0 && lastTitle + 1 < e)
            {
                ns = lastTitle + 1;
            }

            while (ns < e && Grammar.Is(Grammar.Determiners, Word(words[ns])))
            {
                ns++;
            }

            if (ns < e && (s < cut || !beforeCut) && (lastTitle < 0 || lastTitle < ns) && (best is null || e - ns >= best.Value.End - best.Value.Start))
            {
                best = (ns, e);
                titleEnd = ns;
            }

            i = e;
        }

        if (best is null)
        {
            return null;
        }

        var (bs, be) = best.Value;
        var span = new TextSpan(words[bs].Start, words[be - 1].End);
        var roleStart = 0;
        while (roleStart < titleEnd && Grammar.Is(Grammar.Determiners, Word(words[roleStart])))
        {
            roleStart++;
        }

        string? role = null;
        if (roleStart < titleEnd)
        {
            role = new TextSpan(words[roleStart].Start, words[titleEnd - 1].End).Of(text);
        }

        return new SpeakerPhrase(span, span.Of(text), role, SpeakerPhraseKind.Named);
    }
}
