using Sitrep.Core.Model;
using Lean = Sitrep.Extraction.Entities.Casing.Truecaser.Lean;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>The pass's strongest evidence: acronym definitions and the lexicons' places and organisations, matched without regard to case.</summary>
internal sealed partial class TruecasePass
{
    // "the vishwa hindu parishad (vhp)", "the voice of the exploited (vote)": an acronym in parentheses whose letters
    // are the initials of the words before it defines a name; both are capitalised, whatever the table says.
    private void Definitions(int first, int end)
    {
        for (var k = first + 1; k + 2 < end; k++)
        {
            if (_v[k] is not "(" || _v[k + 2] is not ")" || !IsWordAt(k + 1) || _v[k + 1].Length is < 2 or > MaxAcronymLetters)
            {
                continue;
            }

            var acronym = _v[k + 1];
            var start = LongFormStart(acronym, first, k - 1);
            if (start < 0)
            {
                continue;
            }

            for (var t = start; t < k; t++)
            {
                if (_v.IsWord(t))
                {
                    Set(t, IsFunctionWord(t) && t > start ? null : CapitalParts(Word(t)));
                }
            }

            var upper = Word(k + 1).ToUpperInvariant();
            Set(k + 1, upper);
            _names[upper] = upper;
        }
    }

    // The first token of the words before `last` whose initials spell `acronym` (hyphen parts count as words; function
    // words may give a letter or be skipped), or -1.
    private int LongFormStart(ReadOnlySpan<char> acronym, int first, int last)
    {
        var letter = acronym.Length - 1;
        var t = last;
        var words = 0;
        while (letter >= 0 && t >= first && words < MaxLongFormWords && IsWordAt(t) && !_decided[t])
        {
            var w = _v[t];
            var parts = 0;
            var match = true;
            // Hyphen parts from the last: "all-india" gives 'i' then 'a'.
            for (var p = w.Length - 1; p >= -1 && letter >= 0; p--)
            {
                if (p == -1 || w[p] == '-')
                {
                    if (p + 1 < w.Length && w[p + 1] == acronym[letter])
                    {
                        letter--;
                        parts++;
                    }
                    else if (!IsFunctionWord(t))
                    {
                        match = false;
                        break;
                    }
                }
            }

            if (!match || (parts == 0 && !IsFunctionWord(t)))
            {
                return -1;
            }

            words++;
            if (letter < 0)
            {
                return IsFunctionWord(t) ? -1 : t;
            }

            t--;
        }

        return -1;
    }

    private static string CapitalParts(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] == '-')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    // Places and organisations of the lexicons, matched without regard to case, guarded against common words.
    private void Phrases(int s, int first, int end)
    {
        Span<string?> placeForms = new string?[PhraseTrie<PlaceEntry>.MaxTokens];
        for (var i = first; i < end; i++)
        {
            if (!IsWordAt(i) || _decided[i])
            {
                continue;
            }

            var orgLen = _lex.OrganizationsAnyCase.Match(_v, i, end, matchCase: false, _forms, out var org);
            var placeLen = _lex.Places.Match(_v, i, end, matchCase: false, placeForms, out var place);
            if (orgLen >= placeLen && orgLen > 0 && Undecided(i, orgLen) && AcceptOrg(i, orgLen, org!))
            {
                SetForms(i, orgLen, _forms);
                i += orgLen - 1;
            }
            else if (placeLen > 0 && Undecided(i, placeLen) && AcceptPlace(s, i, placeLen, place!))
            {
                SetForms(i, placeLen, placeForms);
                if (placeLen == 1)
                {
                    _names.TryAdd(Word(i), _spell[i]!);
                    _place[i] = true;
                }

                i += placeLen - 1;
            }
        }
    }

    private bool Undecided(int i, int length)
    {
        for (var t = i; t < i + length; t++)
        {
            if (_decided[t])
            {
                return false;
            }
        }

        return true;
    }

    private void SetForms(int i, int length, ReadOnlySpan<string?> forms)
    {
        for (var k = 0; k < length; k++)
        {
            var form = forms[k];
            Set(i + k, form is not null && form.Length > 0 && (char.IsUpper(form[0]) || HasUpper(form)) ? form : null);
        }
    }

    private static bool HasUpper(string s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    // A known organisation: several words not all common, or one word that is no common word ("nato", "hamas"; not "is").
    private bool AcceptOrg(int i, int length, OrgEntry org) =>
        length > 1 ? AnyNotLowerLeaning(i, length) : !IsBlockedAt(i) && LeanAt(i) != Lean.Lower && (org.Acronym is null || _v[i].Length >= 3 || LeanAt(i) == Lean.Name);

    private bool AnyNotLowerLeaning(int i, int length)
    {
        for (var t = i; t < i + length; t++)
        {
            if (IsWordAt(t) && !IsFunctionWord(t) && !IsBlockedAt(t) && LeanAt(t) != Lean.Lower)
            {
                return true;
            }
        }

        return false;
    }

    // A place: several words not all common ("new delhi", not "long beach"), or after a locative; one word news
    // capitalises ("india"), or one news never saw that is a country, region or capital, a big town, or a town after
    // "in"/"near", before "district", or opening a dateline ("godhra:"); never a common word ("mobile", "reading").
    private bool AcceptPlace(int s, int i, int length, PlaceEntry place)
    {
        if (length > 1)
        {
            return AnyNotLowerLeaning(i, length) || IsLocative(i - 1);
        }

        if (IsBlockedAt(i) || (ClassAt(i) & WordClass.FirstName) != 0)
        {
            return false;
        }

        var context = IsLocative(i - 1) || IsDateline(s, i);
        return LeanAt(i) switch
        {
            Lean.Name => true,
            Lean.NamePart => IsLocative(i - 1, strong: true) || IsDateline(s, i),
            Lean.Lower => false,
            _ => context || place.Population == 0 || place.Population >= Truecaser.MinBarePlacePopulation
                || (i + 1 < _tokens.Length && IsWordAt(i + 1) && (ClassAt(i + 1) & WordClass.PlaceCueLower) != 0),
        };
    }

    // The first word of a paragraph followed by a colon, comma or dash: "ahmedabad: the …".
    private bool IsDateline(int s, int i)
    {
        var sentence = _sentences[s];
        return i == sentence.FirstToken && (s == 0 || _sentences[s - 1].Paragraph != sentence.Paragraph)
            && i + 1 < _tokens.Length && _v[i + 1] is ":" or "," or "-" or "–" or "—";
    }
}
