using Sitrep.Core.Model;
using Lean = Sitrep.Extraction.Entities.Casing.Truecaser.Lean;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>The pass's evidence, strongest first: acronym definitions, lexicon phrases, name contexts, single words, consistency.</summary>
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
        length > 1 ? AnyNotLowerLeaning(i, length) : !_owner.IsBlocked(_v[i]) && LeanAt(i) != Lean.Lower && (org.Acronym is null || _v[i].Length >= 3 || LeanAt(i) == Lean.Cased);

    private bool AnyNotLowerLeaning(int i, int length)
    {
        for (var t = i; t < i + length; t++)
        {
            if (IsWordAt(t) && !IsFunctionWord(t) && !_owner.IsBlocked(_v[t]) && LeanAt(t) != Lean.Lower)
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

        if (_owner.IsBlocked(_v[i]) || (_lex.Classify(_v[i]) & WordClass.FirstName) != 0)
        {
            return false;
        }

        return LeanAt(i) switch
        {
            Lean.Cased => true,
            Lean.Lower => false,
            _ => place.Population == 0 || place.Population >= Truecaser.MinBarePlacePopulation || IsLocative(i - 1)
                || (i + 1 < _tokens.Length && IsWordAt(i + 1) && (_lex.Classify(_v[i + 1]) & WordClass.PlaceCueLower) != 0)
                || IsDateline(s, i),
        };
    }

    // The first word of a paragraph followed by a colon, comma or dash: "ahmedabad: the …".
    private bool IsDateline(int s, int i)
    {
        var sentence = _sentences[s];
        return i == sentence.FirstToken && (s == 0 || _sentences[s - 1].Paragraph != sentence.Paragraph)
            && i + 1 < _tokens.Length && _v[i + 1] is ":" or "," or "-" or "–" or "—";
    }

    // Names after a title or honorific ("chief minister narendra modi", "mr deshmukh"), a given name ("dilip kumar") or
    // initials ("v.n. deshmukh"): the run of name words after them is capitalised, the title too.
    private void Names(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (!IsWordAt(i) || _decided[i])
            {
                continue;
            }

            var titleEnd = i;
            while (titleEnd < end && _lex.Titles.Match(_v, titleEnd, end, matchCase: false, _forms, out _) is var m and > 0 && Undecided(titleEnd, m))
            {
                titleEnd += m;
            }

            if (titleEnd > i && NameRun(titleEnd, end) is var run and > 0)
            {
                for (var t = i; t < titleEnd; t++)
                {
                    Set(t, CapitalParts(Word(t)));
                }

                SetName(titleEnd, run);
                i = titleEnd + run - 1;
                continue;
            }

            if (((_lex.Classify(_v[i]) & WordClass.FirstName) != 0 && LeanAt(i) != Lean.Lower || IsInitials(i))
                && NameRun(i, end) is var named and > 1)
            {
                SetName(i, named);
                i += named - 1;
            }
        }
    }

    // Length of the name starting at `start`: initials and name words, at most MaxNameWords words, ending on a name word.
    private int NameRun(int start, int end)
    {
        var last = -1;
        var words = 0;
        for (var t = start; t < end && words < Truecaser.MaxNameWords && (t == start || _v.JoinedToPrevious(t)); t++)
        {
            if (IsInitials(t) || (IsConsonantAcronym(t) && _v[t].Length <= 3))
            {
                continue;
            }

            if (!IsNameCandidate(t) && !((_lex.Classify(_v[t]) & WordClass.FirstName) != 0 && LeanAt(t) != Lean.Lower && !_decided[t]))
            {
                break;
            }

            last = t;
            words++;
        }

        return last < 0 ? 0 : last - start + 1;
    }

    private void SetName(int start, int length)
    {
        for (var t = start; t < start + length; t++)
        {
            if (IsInitials(t) || IsConsonantAcronym(t))
            {
                Set(t, Word(t).ToUpperInvariant());
                continue;
            }

            var spelling = CapitalParts(Word(t));
            Set(t, spelling);
            _names.TryAdd(spelling, spelling);
        }
    }

    // Single words: the document's own capitalised words, words news capitalises, demonyms, consonant acronyms and
    // initials, and in all-caps text any word news never used.
    private void Words(int first, int end, CasingRegime regime)
    {
        for (var t = first; t < end; t++)
        {
            if (!IsWordAt(t) || _decided[t])
            {
                continue;
            }

            var w = _v[t];
            if (Written().TryGetValue(Word(t), out var written))
            {
                Set(t, written);
                continue;
            }

            var classes = _lex.Classify(w);
            var lean = _owner.LeanOf(w, out var entry);
            if ((classes & Truecaser.Blocking) != 0)
            {
                continue;
            }

            if (lean == Lean.Cased || (classes & WordClass.Demonym) != 0)
            {
                Set(t, lean == Lean.Cased ? entry.Form : CapitalParts(Word(t)));
            }
            else if (IsInitials(t) || IsConsonantAcronym(t))
            {
                Set(t, Word(t).ToUpperInvariant());
            }
            else if (lean == Lean.Unknown && w.Contains('-'))
            {
                Set(t, HyphenParts(Word(t)));
            }
            else if (lean == Lean.Unknown && regime == CasingRegime.Upper && classes == WordClass.None && w.Length >= 3)
            {
                Set(t, CapitalParts(Word(t)));
            }
        }
    }

    // "vhp-sponsored", "u.n.-led": each part of an unknown hyphenated word as news writes it alone.
    private string? HyphenParts(string word)
    {
        var chars = word.ToCharArray();
        var changed = false;
        var start = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length && word[i] != '-')
            {
                continue;
            }

            var part = word.AsSpan(start, i - start);
            if (part.Length >= 2 && (_lex.Classify(part) & Truecaser.Blocking) == 0 && _owner.LeanOf(part, out var e) == Lean.Cased
                && e.Form.Length == part.Length)
            {
                e.Form.AsSpan().CopyTo(chars.AsSpan(start));
                changed = true;
            }

            start = i + 1;
        }

        return changed ? new string(chars) : null;
    }

    // A word capitalised on evidence once is capitalised wherever else the document writes it in a caseless sentence.
    private void Consistency()
    {
        if (_names.Count == 0)
        {
            return;
        }

        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var s = 0; s < _sentences.Length; s++)
        {
            if (_profile.Sentences[s] == CasingRegime.Normal)
            {
                continue;
            }

            var (first, end) = Range(s);
            for (var t = first; t < end; t++)
            {
                if (IsWordAt(t) && !_decided[t] && lookup.TryGetValue(_v[t], out var spelling))
                {
                    Set(t, spelling);
                }
            }
        }
    }

    // Words the document itself capitalises inside its newsroom-cased sentences (not a sentence's first word).
    private Dictionary<string, string> Written()
    {
        if (_written is not null)
        {
            return _written;
        }

        _written = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < _sentences.Length; s++)
        {
            if (_profile.Sentences[s] != CasingRegime.Normal)
            {
                continue;
            }

            var (first, end) = Range(s);
            var seen = false;
            for (var t = first; t < end; t++)
            {
                if (_tokens[t].Kind != TokenKind.Word)
                {
                    continue;
                }

                var w = _raw.AsSpan(_tokens[t].Span.Start, _tokens[t].Span.Length);
                if (seen && char.IsUpper(w[0]) && (_lex.Classify(w) & Truecaser.Blocking) == 0)
                {
                    _written.TryAdd(w.ToString(), w.ToString());
                }

                seen = true;
            }
        }

        return _written;
    }
}
