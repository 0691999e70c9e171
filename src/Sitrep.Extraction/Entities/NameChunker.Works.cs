using System.Buffers;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Issue 9 point 8 rules for general news: titles of works, common-noun abbreviations, people whose given name is
/// also a place, and the designations of things (models, versions, call signs) that are no person.
/// </summary>
internal sealed partial class NameChunker
{
    /// <summary>Times edited news must write an all-caps word in lower case for it to count as a common noun ("TV", "PC", "GMT").</summary>
    internal const int MinLowerSightings = 2;

    private HashSet<string>? _addressedWords;

    private static readonly SearchValues<char> DigitsAndJoiners = SearchValues.Create("0123456789-./,");

    private readonly HashSet<string> _workTitles = new(StringComparer.Ordinal);

    /// <summary>
    /// The last token of a work's title starting at <paramref name="i"/>, or -1 when the run <paramref name="i"/>..<paramref name="j"/>
    /// is no title. A run right after a lower-case noun for a kind of work ("the film Sideways", "programme Fear Factor",
    /// "rhythm game Donkey Konga"; <c>work-noun</c> in <c>entity-words.txt</c>) names that work, not a person, organisation or
    /// place, unless the whole run is a known organisation or place; the title runs on across small words between
    /// capitalised parts ("drama Maria Full of Grace"). A later run with the same text is the same title.
    /// </summary>
    private int WorkTitleEnd(int i, int j, int end)
    {
        if (_workTitles.Contains(_view.Range(i, j)))
        {
            return j;
        }

        if (i < 1 || !_view.IsWord(i - 1) || !char.IsLower(_view[i - 1][0]) || (Class(i - 1) & WordClass.WorkNoun) == 0)
        {
            return -1;
        }

        var n = j - i + 1;
        if (_lex.Organizations.Match(_view, i, j + 1, matchCase: true, out _) == n || _lex.Places.Match(_view, i, j + 1, matchCase: true, out _) == n)
        {
            return -1;
        }

        while (j + 2 < end && j - i + 3 <= MaxChunkTokens && IsTitleGlue(j + 1) && !_consumed[j + 2] && _view.IsCapitalised(j + 2))
        {
            j = Extend(j + 2, end);
        }

        _workTitles.Add(_view.Range(i, j));
        return j;
    }

    private bool IsTitleGlue(int k)
    {
        if (!_view.IsWord(k))
        {
            return false;
        }

        foreach (var w in NameContextWords.TitleGlue)
        {
            if (_view[k].Equals(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True for an all-caps word that edited news also writes in lower case (at least <see cref="MinLowerSightings"/>
    /// times in the casing table, <c>word-casing.txt</c>): a common noun written as an abbreviation ("TV", "PC", "GMT",
    /// "CEO") or a word set in capitals ("ANSWER"), not an organisation's acronym ("NATO", "EU" are never lower case).
    /// </summary>
    private bool IsCommonAbbreviation(int i) => _lex.Casing.TryGet(_view[i], out var entry) && entry.LowerCount >= MinLowerSightings;

    /// <summary>
    /// True when a two-word run whose first word is a place (not a country) names a person: the second word is a
    /// capitalised word no lexicon knows, and the text calls that word by an honorific elsewhere ("Austin Aitken" …
    /// "Mr Aitken") or a lower-case role noun stands before the run ("minister Clare Short").
    /// </summary>
    private bool IsPlaceNamedPerson(int i, int j, int placeLen, PlaceEntry? place)
    {
        if (placeLen != 1 || j != i + 1 || place is null or { IsCountry: true } || !_view.IsWord(j) || !char.IsUpper(_view[j][0]) || _view.IsAllCaps(j))
        {
            return false;
        }

        const WordClass known = WordClass.CommonWord | WordClass.OrgCue | WordClass.PlaceCue | WordClass.TitleHead | WordClass.TitleModifier
            | WordClass.NonEntity | WordClass.Demonym | WordClass.GroupNoun;
        if ((Class(j) & known) != 0 || _lex.Places.Match(_view, j, j + 1, matchCase: true, out _) > 0)
        {
            return false;
        }

        if (i > 0 && _view.IsWord(i - 1) && char.IsLower(_view[i - 1][0]) && (Class(i - 1) & WordClass.TitleLower) != 0)
        {
            return true;
        }

        return AddressedWords().Contains(_view.String(j));
    }

    /// <summary>
    /// The words the document writes right after an honorific ("Mr Aitken", "Ms Short"): for each honorific that stands
    /// alone, every prefix of the next word that ends before a non-letter, so that the set holds a surname exactly when
    /// "honorific surname" occurs as a whole phrase. Built once per document in one pass per honorific (issue 9 point 1:
    /// a search of the whole text per candidate was quadratic in the document's length).
    /// </summary>
    private HashSet<string> AddressedWords()
    {
        if (_addressedWords is not null)
        {
            return _addressedWords;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        var text = _view.Text;
        foreach (var h in NameContextWords.SurnameHonorifics)
        {
            var phrase = h + " ";
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetter(text[at - 1]))
                {
                    continue;
                }

                var start = at + phrase.Length;
                for (var k = start + 1; k <= text.Length; k++)
                {
                    if (k == text.Length || !char.IsLetter(text[k]))
                    {
                        words.Add(text[start..k]);
                    }

                    if (k == text.Length || char.IsWhiteSpace(text[k]))
                    {
                        break;
                    }
                }
            }
        }

        return _addressedWords = words;
    }

    /// <summary>
    /// True when a number follows the name on the same line: a version, model or call-sign designation ("Marine One",
    /// "Air Force One", "Halo 2", "Windows 2000", "Colin McRae Rally 2005") names a thing, never a person (issue 9 point 8).
    /// </summary>
    private bool NumberFollows(int j)
    {
        var k = j + 1;
        if (k >= _view.Count || _view.Span(k).Start != _view.Span(j).End + 1 || _view.Text[_view.Span(j).End] != ' ')
        {
            return false;
        }

        var w = _view[k];
        if (_view.Kind(k) == TokenKind.Number)
        {
            // "Burnout 3 won", not "Smith 45%" or "Jones 3-1" (a score) or "Tellier, 62" (no comma allowed above).
            var after = k + 1 < _view.Count ? _view[k + 1] : default;
            foreach (var ch in w)
            {
                if (!char.IsAsciiDigit(ch))
                {
                    return false;
                }
            }

            return after is not ("%" or "-" or "." or ":");
        }

        return NameContextWords.IsNumberWord(w);
    }

    /// <summary>
    /// True for a run of capitalised words that ends in a model designation: a word of letters and digits ("Yepp
    /// YH-999"), or of two or more capitals that is no roman numeral ("Windows XP", "Pentax Optio SV"). A person's name
    /// ends in neither; organisations are typed before this by their cue words ("Vodafone KK").
    /// </summary>
    private bool IsModelDesignation(int i, int j)
    {
        var last = _view[j];
        return (last.IndexOfAnyInRange('0', '9') >= 0 && last.ContainsAnyExcept(DigitsAndJoiners))
            || (j > i && _view.IsAllCaps(j) && NameShape.LetterCount(last) >= 2 && !NameShape.IsRomanNumeral(last));
    }

    /// <summary>
    /// True when a lower-case word for a kind of place (<c>place-cue-lower</c> in <c>entity-words.txt</c>: province,
    /// governorate, district, neighbourhood, village ...) follows the name: "Al-Raqqa province", "Baghdad's Karrada
    /// neighbourhood" name places even when no gazetteer holds them. A participle or adverb before the kind ("the walled
    /// city", "besieged town", read capitalised in an all-caps report) and a word news mostly writes in lower case
    /// (casing table) describe the place rather than name it.
    /// </summary>
    private bool PlaceKindFollows(int j)
    {
        if (j + 1 >= _view.Count || !_view.IsWord(j + 1) || !char.IsLower(_view[j + 1][0]) || (Class(j + 1) & WordClass.PlaceCueLower) == 0)
        {
            return false;
        }

        var w = _view[j];
        if (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ly", StringComparison.Ordinal))
        {
            return false;
        }

        return !_lex.Casing.TryGet(w, out var entry) || entry.LowerCount <= entry.AloneCount + entry.InNameCount;
    }
}
