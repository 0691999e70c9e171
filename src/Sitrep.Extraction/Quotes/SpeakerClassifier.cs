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

        // A document in lower case ("the statement") speaks for its issuer (issue 9 point 7); capitalised after other
        // words, the noun ends a name ("the Minas Post", "the Drudge Report"); alone, it may open a sentence ("Reports said").
        if (noun is SourceNounClass.Document or SourceNounClass.AnonymousDocument)
        {
            if (char.IsLower(head[0]) || cut == 1)
            {
                return Document(words, cut, head.ToLowerInvariant(), noun == SourceNounClass.AnonymousDocument);
            }

            noun = null;
        }

        if (noun is not null)
        {
            var whole = new TextSpan(words[0].Start, words[^1].End);
            var kind = noun == SourceNounClass.Anonymous ? SpeakerPhraseKind.Anonymous : SpeakerPhraseKind.Institution;
            return new SpeakerPhrase(whole, whole.Of(text), null, kind);
        }

        return Named(words, cut) ?? TitleNominal(words, cut);
    }

    // A document as the grammatical speaker is credited to the issuer the phrase names (annotation guideline, Speaker):
    // after "from", "by", "of" or "in" ("a statement from the ministry", "a report in the Sunday Business"), a possessive
    // before the noun ("the ministry's statement", "Turkcell's letter") or a name before it ("An IAAF statement"). The
    // issuer's phrase carries the noun as its medium. Without an issuer the phrase stays a document to resolve in context,
    // or, for a document by an unnamed author ("reports said"), an anonymous source.
    private SpeakerPhrase Document(IReadOnlyList<TextSpan> words, int cut, string medium, bool anonymousAuthor)
    {
        var issuer = IssuerAfter(words, cut) ?? IssuerBefore(words, cut - 1);
        if (issuer is not null)
        {
            return issuer with { Medium = medium };
        }

        var whole = new TextSpan(words[0].Start, words[^1].End);
        return new SpeakerPhrase(whole, whole.Of(text), null, anonymousAuthor ? SpeakerPhraseKind.Anonymous : SpeakerPhraseKind.Document, medium);
    }

    private SpeakerPhrase? IssuerAfter(IReadOnlyList<TextSpan> words, int cut)
    {
        if (cut + 1 >= words.Count || Word(words[cut]).ToLowerInvariant() is not ("from" or "by" or "of" or "in"))
        {
            return null;
        }

        var rest = words.Skip(cut + 1).ToList();
        return Issuer(rest);
    }

    private SpeakerPhrase? IssuerBefore(IReadOnlyList<TextSpan> words, int head)
    {
        for (var p = 0; p < head; p++)
        {
            var w = Word(words[p]);
            if (w.Length > 2 && (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)))
            {
                // "the ministry's statement": the words up to the possessive, without its "'s"; "Sunday's statement" is a date.
                if (Grammar.Is(Grammar.TimeWords, w[..^2]))
                {
                    return null;
                }

                var owner = words.Take(p).Append(new TextSpan(words[p].Start, words[p].End - 2)).ToList();
                return Issuer(owner);
            }
        }

        if (head == 0)
        {
            return null;
        }

        var before = words.Take(head).ToList();
        return Named(before, before.Count, beforeCut: true);
    }

    // The issuer named by some words: a proper name, or a body speaking as itself ("the ministry").
    private SpeakerPhrase? Issuer(List<TextSpan> words) =>
        Named(words, words.Count, beforeCut: true) ?? (Classify(words) is { Kind: SpeakerPhraseKind.Institution } body ? body : null);

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
                // A document noun ends a name rather than titling one ("the Drudge Report", issue 9 point 7).
                if (lexicon.IsTitle(w) || lexicon.IsTitle(w + ".") || lexicon.SourceNounOf(w) is SourceNounClass.Anonymous or SourceNounClass.Institution)
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
