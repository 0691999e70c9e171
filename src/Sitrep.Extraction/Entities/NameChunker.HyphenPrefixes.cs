using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Capitalised prefixes of hyphenated words ("Turkish-backed", "U.S.-led", "ISIL-held"): a nationality, a place, an
/// organisation or a place held by one.
/// </summary>
internal sealed partial class NameChunker
{
    /// <summary>For <c>Turkish-backed</c>, <c>U.N.-led</c>: the length of the capitalised part before a lower-case suffix.</summary>
    private int HyphenPrefix(int i)
    {
        if (!_view.IsWord(i))
        {
            return 0;
        }

        var t = _view[i];
        var dash = t.LastIndexOf('-');
        return dash > 0 && dash + 1 < t.Length && char.IsUpper(t[0]) && char.IsLower(t[dash + 1]) ? dash : 0;
    }

    /// <summary>
    /// True when a hyphen and a participle of leading or backing follow token <paramref name="j"/>, tokenised apart from
    /// it ("U.S.-led"): a country leading or backing acts as an organisation.
    /// </summary>
    private bool LedSuffixFollows(int j) => j + 2 < _view.Count && _view[j + 1] is "-"
        && _view.Span(j + 1).Start == _view.Span(j).End && NameContextWords.IsLeadingParticiple(_view[j + 2]);

    private void EmitPrefix(int i, int length)
    {
        var part = _view[i][..length];
        var span = new TextSpan(_view.Span(i).Start, _view.Span(i).Start + length);

        // "an ISIL-held building", "insurgent-held positions": a held or controlled thing is a place.
        var suffix = _view[i][(length + 1)..];
        if (suffix is "held" or "controlled" && IsLowerWord(i + 1)
            && (Class(i + 1) & (WordClass.CommonWord | WordClass.Reporting | WordClass.ActorVerb)) == 0)
        {
            _out.Add(Make(i, i + 1, EntityType.Place));
            _consumed[i + 1] = true;
            return;
        }

        var c = _lex.Classify(part);
        EntityType? type = null;
        string? group = null;
        if ((c & WordClass.Demonym) != 0)
        {
            type = EntityType.Nationality;
        }
        else if (_lex.Places.TryGet(part.ToString(), out var place) && place is not null)
        {
            // "U.S.-led coalition": a country leading or backing acts as an organisation; "Istanbul-based" stays a place.
            type = place.IsCountry && (NameContextWords.IsLeadingParticiple(suffix) || suffix is "brokered") ? EntityType.Org : EntityType.Place;
        }
        else if (_lex.Organizations.TryGet(part.ToString(), out var org) && org is not null)
        {
            type = EntityType.Org;
            group = org.Name;
        }
        else if (NameShape.IsAcronym(part))
        {
            type = EntityType.Org;
        }

        if (type is not null)
        {
            _out.Add(new Candidate(span, type, MentionKind.Name, part.ToString()) { Sentence = _sentence, FirstToken = i, LastToken = i, GroupKey = group });
        }
    }
}
