using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// The words in and around a chunk that type it: the gazetteer match, a group phrase after it ("security forces"), the
/// head cue of a compound, a locative word before it, a region, a document's or a team's name.
/// </summary>
internal sealed partial class NameChunker
{
    /// <summary>Longest all-caps word read as an acronym rather than a title-case gazetteer name (<see cref="PlaceMatch"/>).</summary>
    private const int MaxAcronymPlaceLetters = 3;

    /// <summary>
    /// The gazetteer match at <paramref name="i"/> within the chunk ending at <paramref name="j"/>, refused when a short
    /// word (up to <see cref="MaxAcronymPlaceLetters"/> letters) the text writes in capitals among words that are not is
    /// stored otherwise: "ODE" (an office's acronym) is not the Nigerian town Ode, while "UK" and "USA" are stored as
    /// written and "WASHINGTON (Reuters)", "OAKLAND, Calif." stay places (issue 9 point 8).
    /// </summary>
    private int PlaceMatch(int i, int j, out PlaceEntry? place)
    {
        Span<string?> forms = new string?[Math.Min(j - i + 1, PhraseTrie<PlaceEntry>.MaxTokens)];
        var length = _lex.Places.Match(_view, i, j + 1, matchCase: true, forms, out place);
        for (var k = 0; k < length && k < forms.Length; k++)
        {
            var t = i + k;
            if (_view.IsAllCaps(t) && _view[t].Length is > 1 and <= MaxAcronymPlaceLetters && forms[k] is { } stored && !NameShape.IsAllCapsWord(stored)
                && !(_view.IsWord(t - 1) && _view.IsAllCaps(t - 1)) && !(_view.IsWord(t + 1) && _view.IsAllCaps(t + 1)))
            {
                place = null;
                return 0;
            }
        }

        return length;
    }

    /// <summary>The last token of a lower-case group phrase after <paramref name="j"/> ("security forces"), or <paramref name="j"/> when none.</summary>
    private int GroupTail(int j)
    {
        var last = j;
        for (var k = j + 1; k <= j + 2 && IsLowerWord(k); k++)
        {
            var c = Class(k);
            if ((c & WordClass.GroupNoun) != 0)
            {
                last = k;
            }
            else if ((c & WordClass.GroupModifier) == 0)
            {
                break;
            }
        }

        // "Turkish military advisers": a group word that is also a modifier, followed by another noun, modifies it.
        var after = last + 1;
        if (last > j && (Class(last) & WordClass.GroupModifier) != 0 && IsLowerWord(after) && (Class(after) & (WordClass.CommonWord | WordClass.Reporting | WordClass.ActorVerb)) == 0
            && !_view[after].EndsWith("ed", StringComparison.Ordinal))
        {
            return j;
        }

        return last;
    }

    /// <summary>
    /// The cue class (<see cref="WordClass.OrgCue"/> or <see cref="WordClass.PlaceCue"/>) of the last capitalised cue word
    /// of tokens [<paramref name="i"/>, <paramref name="j"/>] before any lower-case connector ("of", "for"): the head of a
    /// right-headed compound name. <see cref="WordClass.None"/> when no cue word stands there or the word is both.
    /// </summary>
    private WordClass HeadCue(int i, int j)
    {
        var head = WordClass.None;
        for (var k = i; k <= j; k++)
        {
            if (!char.IsUpper(_view[k][0]))
            {
                break;
            }

            var c = Class(k) & (WordClass.OrgCue | WordClass.PlaceCue);
            if (c != WordClass.None)
            {
                head = c == (WordClass.OrgCue | WordClass.PlaceCue) ? WordClass.None : c;
            }
        }

        return head;
    }

    /// <summary>True when tokens [<paramref name="first"/>, <paramref name="last"/>] are all (capitalised) group modifiers: "Regional", "Provincial".</summary>
    private bool AllGroupModifiers(int first, int last)
    {
        if (first > last)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if ((Class(k) & WordClass.GroupModifier) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a locative word stands before token <paramref name="i"/>: "near X", "in X", "the city of X", "insurgent-held X".</summary>
    private bool AfterLocative(int i)
    {
        if (i < 1)
        {
            return false;
        }

        if (IsAnyOf(i - 1, NameContextWords.LocativeContext))
        {
            return true;
        }

        var p = _view[i - 1];

        if (p.EndsWith("-held", StringComparison.Ordinal))
        {
            return true;
        }

        // "Husaybah and Karabilah": the next of a pair of places.
        if (p is "and" or "," && _out.Count > 0 && _out[^1] is { Type: EntityType.Place } last && last.LastToken == i - 2
            && !(p is "," && _view.IsWord(i + 1) && (Class(i + 1) & WordClass.Reporting) != 0))
        {
            return true;
        }

        return p is "of" && i >= 2 && _view.IsWord(i - 2) && (Class(i - 2) & WordClass.PlaceCueLower) != 0;
    }

    /// <summary>
    /// Regions named by one capitalised word after "the" and before no further noun: the compass points as names of
    /// regions (Chicago Manual of Style, 17th ed., 8.46: "the West", "the East", "the South") and "the Gulf", which the
    /// news corpus writes capitalised on its own 394 times and in lower case 36 (<c>word-casing.txt</c>).
    /// </summary>
    private bool IsRegionByName(int i)
    {
        if (!_view.Is(i - 1, "the") || !char.IsLower(_view[i - 1][0]) || _view[i] is not ("West" or "East" or "North" or "South" or "Gulf"))
        {
            return false;
        }

        // A lower-case noun after it makes it a modifier ("the West coast"); a function word, a verb or a word ending in
        // "s" or "ed" (read as a verb, as no POS tags are at hand here) ends the phrase.
        var k = i + 1;
        if (!(k < _view.Count && _view.IsWord(k) && _view.JoinedToPrevious(k)) || (Class(k) & (WordClass.CommonWord | WordClass.ActorVerb | WordClass.Reporting)) != 0)
        {
            return true;
        }

        var w = _view[k];
        return char.IsLower(w[0]) && (w.EndsWith("s", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when tokens from <paramref name="first"/> on name an agreement or treaty: a capitalised document word ending
    /// the chunk ("Geneva Communique", <paramref name="first"/> ≤ <paramref name="j"/>) or, after the chunk, a lower-case
    /// one ("Minsk agreements").
    /// </summary>
    private bool IsDocumentName(int first, int j)
    {
        if (first <= j)
        {
            return first == j && (Class(j) & WordClass.DocumentNoun) != 0;
        }

        return IsLowerWord(j + 1) && (Class(j + 1) & WordClass.DocumentNoun) != 0;
    }

    /// <summary>
    /// A sports team or club after a city: one unknown capitalised plural word ("Rhinos", "Celtics") that is no common
    /// word, given name, demonym, title or place.
    /// </summary>
    private bool IsTeamName(int first, int last)
    {
        if (first != last || !_view.IsWord(first) || _view.IsAllCaps(first))
        {
            return false;
        }

        var w = _view[first];
        return w.Length > 3 && w[^1] == 's' && w[^2] != 's' && char.IsLower(w[^2]) && Class(first) == WordClass.None
            && _lex.Places.Match(_view, first, last + 1, matchCase: true, out _) == 0
            && _lex.Titles.Match(_view, first, last + 1, matchCase: false, out _) == 0;
    }
}
