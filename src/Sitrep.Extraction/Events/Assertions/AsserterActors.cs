using Sitrep.Core.Model;
using Sitrep.Extraction.Quotes;

namespace Sitrep.Extraction.Events.Assertions;

/// <summary>The actor codes of one document's asserters: a resolved entity's code, else a coded name or unnamed actor inside the asserter's words.</summary>
internal sealed class AsserterActors
{
    private readonly Document _document;
    private readonly QuoteLexicon _lexicon;
    private readonly Dictionary<int, ActorCode> _codes = [];

    /// <summary>Indexes the document's actor codes.</summary>
    public AsserterActors(Document document, QuoteLexicon lexicon)
    {
        _document = document;
        _lexicon = lexicon;
        foreach (var a in document.Actors)
        {
            if (!a.Code.IsNull)
            {
                _codes[a.EntityId] = a.Code;
            }
        }
    }

    /// <summary>The code of an entity, or null when it has none.</summary>
    public ActorCode? OfEntity(int entityId) => _codes.TryGetValue(entityId, out var code) ? code : null;

    /// <summary>The entity mentioned at exactly <paramref name="span"/> (a pronoun resolved to its person), or null.</summary>
    public int? EntityAt(TextSpan span)
    {
        var i = FirstMentionFrom(span.Start);
        return i < _document.Mentions.Length && _document.Mentions[i].Span == span ? _document.Mentions[i].EntityId : null;
    }

    /// <summary>
    /// The code of the asserter written at <paramref name="span"/>: the last coded entity mention inside it (the head of
    /// "a Malian army spokesman"), else an unnamed actor overlapping it ("police"), else null.
    /// </summary>
    public ActorCode? At(TextSpan span)
    {
        ActorCode? found = null;
        for (var i = FirstMentionFrom(span.Start); i < _document.Mentions.Length && _document.Mentions[i].Span.Start < span.End; i++)
        {
            var m = _document.Mentions[i];
            if (m.Span.End <= span.End && _codes.TryGetValue(m.EntityId, out var code))
            {
                found = code;
            }
        }

        if (found is not null)
        {
            return found;
        }

        foreach (var g in _document.GenericActors)
        {
            if (g.Span.Overlaps(span))
            {
                return g.Code;
            }
        }

        return null;
    }

    /// <summary>True when the words at <paramref name="span"/> name an unnamed source: their head noun (before any
    /// preposition) is an anonymous source noun of <c>quote-sources.txt</c> ("officials", "a source at the ministry").</summary>
    public bool IsAnonymous(TextSpan span)
    {
        var words = WordScanner.Words(_document.Text, span.Start, span.End);
        var head = words.Count;
        for (var i = 1; i < words.Count; i++)
        {
            if (Grammar.Is(Grammar.Prepositions, words[i].Of(_document.Text)))
            {
                head = i;
                break;
            }
        }

        return head > 0 && _lexicon.SourceNounOf(words[head - 1].Of(_document.Text)) == SourceNounClass.Anonymous;
    }

    private int FirstMentionFrom(int start)
    {
        int lo = 0, hi = _document.Mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_document.Mentions[mid].Span.Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
