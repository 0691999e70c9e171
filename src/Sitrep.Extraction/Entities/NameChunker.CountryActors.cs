using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Metonymy: a country name that acts as its state ("Turkey has sent", "Australia’s response", "by Russia and
/// Turkey") types as an organisation; one after a locative word or describing the place stays a place.
/// </summary>
internal sealed partial class NameChunker
{
    /// <summary>
    /// True when a country name acts (metonymy: the state as actor): a verb follows it ("Turkey has", "Australia
    /// condemns") or it is the object of "with"/"by"/"for", and no locative preposition ("in", "across") stands before it.
    /// </summary>
    private bool IsActor(int i, int j)
    {
        var before = _view.Is(i - 1, "the") ? i - 2 : i - 1;
        // Issue 9 point 8: a name after a comma is in a list only when "and"/"or" or another comma goes on from it, or
        // "and" stands before it; "inside Turkey, the United States is committed": the comma ends a phrase, no list.
        var listBefore = _view.Is(before, ",") && !(_view.Is(j + 1, ",") || _view.Is(j + 1, "and") || _view.Is(j + 1, "or")) ? before : BeforeList(before);
        if (IsAnyOf(before, NameContextWords.Locatives) || IsAnyOf(listBefore, NameContextWords.Locatives))
        {
            return false;
        }

        if (DescribesState(j))
        {
            return false;
        }

        if (IsLowerWord(j + 1))
        {
            var next = Class(j + 1);
            if ((next & WordClass.ActorVerb) != 0)
            {
                return true;
            }

            // "U.S. assistance", "U.S. commitment": a country's abbreviation modifying a noun acts through it ("the Syria
            // crisis" is about a place).
            if (i == j && _view.IsAllCaps(i) && (next & (WordClass.CommonWord | WordClass.Reporting | WordClass.Particle | WordClass.PlaceCueLower | WordClass.Pronoun)) == 0
                && !_view[j + 1].EndsWith("ed", StringComparison.Ordinal) && !_view[j + 1].EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "The United States strongly condemns", "the United States and Iraq signed", "Freedonia and the coalition can".
        if (VerbFollows(j) || (_view.Is(j + 1, "and") && !InList(before) && CoordinatedSubjectEnd(j + 2) is var e && e > 0 && VerbFollows(e)))
        {
            return true;
        }

        // "by Russia and Turkey", "include Australia, Belgium, …": the next of a list of acting countries acts too.
        var listEnd = _view.Is(before, "and") && _view.Is(before - 1, ",") ? before - 2 : before - 1;
        if ((_view.Is(before, "and") || _view.Is(before, ",")) && _out.Count > 0 && _out[^1] is { Type: EntityType.Org } last && last.LastToken == listEnd
            && _lex.Places.Match(_view, last.FirstToken, last.LastToken + 1, matchCase: true, out _) == last.LastToken - last.FirstToken + 1)
        {
            return true;
        }

        return IsAnyOf(before, NameContextWords.ActorContext);
    }

    /// <summary>
    /// Issue 9 point 8: true when the words after a country describe the place rather than an act of the state: what it
    /// has ("The UK has a rich culture", "India had its own problems") or what it is or will be ("what Iraq will be like",
    /// "Syria has for too long been the world's biggest crisis"). A participle keeps the act ("Canada has begun",
    /// "the United States is committed").
    /// </summary>
    private bool DescribesState(int j)
    {
        var k = j + 1;
        if (!IsLowerWord(k))
        {
            return false;
        }

        if (_view[k] is "has" or "have" or "had" && IsLowerWord(k + 1) && _view[k + 1] is "a" or "an" or "its" or "their" or "no" or "many" or "some" or "much" or "more")
        {
            return true;
        }

        if (_view[k] is not ("has" or "have" or "had" or "will" or "would" or "could" or "can" or "may" or "might" or "must" or "remains" or "is" or "was"))
        {
            return false;
        }

        // Up to four words to "be" or "been": "will be", "has for too long been", "could well be".
        for (var b = k + 1; b <= k + 5 && IsLowerWord(b); b++)
        {
            if (_view[b] is "be" or "been")
            {
                return IsLowerWord(b + 1) && _view[b + 1] is "a" or "an" or "the" or "its" or "like" or "home";
            }

            if (_view[b].EndsWith("ed", StringComparison.Ordinal) || _view[b].EndsWith("en", StringComparison.Ordinal) || _view[b] is "to" or "not")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// For a name inside a list ("in Jordan, Lebanon and Turkey"), the token before the whole list; otherwise
    /// <paramref name="before"/> itself.
    /// </summary>
    private int BeforeList(int before)
    {
        var k = before;
        if (!(_view.Is(k, "and") || _view.Is(k, ",")))
        {
            return before;
        }

        while (k >= 0 && before - k < 16 && (_view.Is(k, "and") || _view.Is(k, ",") || _view.Is(k, "the") || _view.IsCapitalised(k)))
        {
            k--;
        }

        return k;
    }

    /// <summary>True when a comma at <paramref name="before"/> follows another name: "Jordan, Lebanon and …".</summary>
    private bool InList(int before) => _view.Is(before, ",") && _out.Count > 0 && _out[^1].LastToken == before - 1;

    /// <summary>True when an actor verb follows token <paramref name="j"/>, maybe after one adverb: "strongly condemns".</summary>
    private bool VerbFollows(int j)
    {
        var k = j + 1;
        if (IsLowerWord(k) && _view[k].EndsWith("ly", StringComparison.Ordinal) && (Class(k) & WordClass.ActorVerb) == 0)
        {
            k++;
        }

        return IsLowerWord(k) && (Class(k) & WordClass.ActorVerb) != 0;
    }

    /// <summary>
    /// The last token of a second subject after "and": "(the) Iraq", "the counter-ISIL coalition", "(the) Freedonian
    /// government"; -1 when none.
    /// </summary>
    private int CoordinatedSubjectEnd(int k)
    {
        if (_view.Is(k, "the"))
        {
            k++;
        }

        var start = k;
        while (k < _view.Count && k - start < 4 && _view.IsWord(k) && (_view.IsCapitalised(k) || _view[k].Contains('-')))
        {
            k++;
        }

        if (IsLowerWord(k) && (Class(k) & WordClass.GroupNoun) != 0)
        {
            k++;
        }

        return k > start ? k - 1 : -1;
    }

    /// <summary>
    /// "Australia’s response", "the UK’s brave Armed Forces", "Turkey’s elected government": a country owning an act or a
    /// body is the state as actor; "Libya’s Mediterranean coast" (a geographic noun or a place) stays a place.
    /// </summary>
    private bool IsPossessiveActor(int j)
    {
        var k = j + 1;
        if (k + 1 >= _view.Count || _view[k] is not ("’s" or "'s"))
        {
            return false;
        }

        for (var t = k + 1; t <= k + 3 && t < _view.Count && _view.IsWord(t); t++)
        {
            var c = Class(t);
            if ((c & (WordClass.GroupNoun | WordClass.OrgCue)) != 0)
            {
                return true;
            }

            var w = _view[t];
            if (!char.IsLower(w[0]) || (c & (WordClass.CommonWord | WordClass.PlaceCueLower)) != 0 || NameContextWords.IsGeographic(w))
            {
                return false;
            }

            if (!w.EndsWith("ly", StringComparison.Ordinal) && !w.EndsWith("ed", StringComparison.Ordinal) && (c & WordClass.GroupModifier) == 0 && t > k + 1)
            {
                return false;
            }

            if (t == k + 1 && !w.EndsWith("ly", StringComparison.Ordinal) && (c & WordClass.GroupModifier) == 0)
            {
                return true; // "Australia’s response", "the UK’s commitment"
            }
        }

        return false;
    }
}
