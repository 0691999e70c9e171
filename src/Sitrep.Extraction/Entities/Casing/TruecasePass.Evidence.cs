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

    // Names after a title or honorific ("chief minister narendra modi", "mr deshmukh", "lt. gen. stephen townsend"): the
    // run of name words after them is capitalised, the title too. Before the places, so that "president obama" is a
    // person, not Obama in Japan.
    private void TitleNames(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (!IsWordAt(i) || _decided[i])
            {
                continue;
            }

            var titleEnd = i;
            while (titleEnd < end && TitleAt(titleEnd, end) is var m and > 0 && Undecided(titleEnd, m))
            {
                titleEnd += m;
            }

            if (titleEnd > i && NameRun(titleEnd, end) is var run and > 0)
            {
                for (var t = i; t < titleEnd; t++)
                {
                    if (_v.IsWord(t))
                    {
                        Set(t, CapitalParts(Word(t)));
                    }
                }

                SetName(titleEnd, run);
                i = titleEnd + run - 1;
            }
        }
    }

    // Length in tokens of the title at `t`: a title of the lexicon, or an abbreviated one whose full stop the tokenizer
    // split off in lower case ("gen" "." for "Gen.").
    private int TitleAt(int t, int end)
    {
        var m = _lex.Titles.Match(_v, t, end, matchCase: false, _forms, out _);
        if (m > 0)
        {
            return m;
        }

        return t + 1 < end && _v[t + 1] is "." && _tokens[t + 1].Span.Start == _tokens[t].Span.End && _v[t].Length <= 5
            && _lex.Titles.TryGet(string.Concat(Word(t), "."), out _) ? 2 : 0;
    }

    // Names that start with a given name ("jeff davis", not Davis in California) or initials ("v.n. deshmukh"): before
    // the places.
    private void GivenNames(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (!IsWordAt(i) || _decided[i])
            {
                continue;
            }

            var classes = ClassAt(i);
            var given = (classes & WordClass.FirstName) != 0 && LeanAt(i) != Lean.Lower && (classes & Truecaser.Blocking) == 0;
            if ((given || IsInitials(i)) && NameRun(i, end) is var run and > 1)
            {
                SetName(i, run);
                i += run - 1;
            }
        }
    }

    // Speakers: "said jalel harchaoui, a research fellow", "“…,” harchaoui said": name words news does not write in
    // lower case, right after a reporting verb and before a comma or full stop, or right before one after a boundary.
    private void SpeakerNames(int first, int end)
    {
        for (var r = first; r < end; r++)
        {
            if (!IsWordAt(r) || (ClassAt(r) & WordClass.Reporting) == 0)
            {
                continue;
            }

            if (SpeakerRun(r + 1, end) is var after and > 0 && (r + 1 + after == end || _v[r + 1 + after] is "," or "." or ";" or ":"))
            {
                SetName(r + 1, after);
            }

            var from = r;
            while (from - 1 >= first && r - from < Truecaser.MaxNameWords && IsSpeakerWord(from - 1) && _v.JoinedToPrevious(from))
            {
                from--;
            }

            if (from < r && (from == first || _tokens[from - 1].Kind is TokenKind.Quote or TokenKind.Punctuation))
            {
                SetName(from, r - from);
            }
        }
    }

    private int SpeakerRun(int start, int end)
    {
        var t = start;
        while (t < end && t - start < Truecaser.MaxNameWords && IsSpeakerWord(t) && (t == start || _v.JoinedToPrevious(t)))
        {
            t++;
        }

        return t - start;
    }

    private bool IsSpeakerWord(int t) => IsNameCandidate(t) && LeanAt(t) is Lean.Unknown or Lean.Name && _v[t].Length >= 3;

    // Names that start with a word news writes only as a name ("karim wasifi", "narain singh"), or a place prefix
    // ("tal afar", "dayr az zayr").
    private void OtherNames(int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (!IsWordAt(i) || _decided[i])
            {
                continue;
            }

            var classes = ClassAt(i);
            if ((classes & WordClass.PlacePrefix) != 0 && (classes & WordClass.CommonWord) == 0 && LeanAt(i) != Lean.Lower && PrefixedPlace(i, end) is var place and > 1)
            {
                for (var t = i; t < i + place; t++)
                {
                    Set(t, CapitalParts(Word(t)));
                }

                i += place - 1;
                continue;
            }

            var lean = LeanAt(i, out var entry);
            var named = lean is Lean.Name or Lean.NamePart && entry.CasedShare >= Truecaser.NameStartShare
                && (classes & (Truecaser.Blocking | WordClass.Demonym | WordClass.NonEntity)) == 0 && !StartsPlace(i, end);
            if (named && NameRun(i, end) is var run and > 1)
            {
                // "purshottam narain singh", "dilip kumar": unknown words right before a known name word belong to it.
                var from = NameStart(i, first);
                SetName(from, i - from + run);
                i += run - 1;
            }
            else if (named && NameStart(i, first) is var from && from < i)
            {
                SetName(from, i - from + 1);
            }
        }
    }

    // The first of at most MaxNameWords - 1 unknown name words right before token `i` (not across a title or a decided word).
    private int NameStart(int i, int first)
    {
        var from = i;
        while (from - 1 >= first && i - from < Truecaser.MaxNameWords - 1 && _v.JoinedToPrevious(from) && IsNameCandidate(from - 1)
            && LeanAt(from - 1) == Lean.Unknown && _v[from - 1].Length >= 3 && !_v[from - 1].Contains('-'))
        {
            from--;
        }

        return from;
    }

    private bool StartsPlace(int i, int end) => _lex.Places.Match(_v, i, end, matchCase: false, out _) > 0;

    // "tal afar", "ayn isa", "dayr az zayr", "al huwayjah": a place prefix, particles, and a name word.
    private int PrefixedPlace(int i, int end)
    {
        var t = i + 1;
        while (t < end && t - i <= 3 && _v.JoinedToPrevious(t) && IsWordAt(t) && ((ClassAt(t) & (WordClass.Particle | WordClass.PlacePrefix)) != 0))
        {
            t++;
        }

        return t < end && _v.JoinedToPrevious(t) && IsNameCandidate(t) ? t - i + 1 : 0;
    }

    // Length of the name starting at `start`: initials, particles and name words, at most MaxNameWords words, ending on
    // a name word. A given name counts whatever the table says ("ash carter").
    private int NameRun(int start, int end)
    {
        var last = -1;
        var words = 0;
        for (var t = start; t < end && words < Truecaser.MaxNameWords && (t == start || _v.JoinedToPrevious(t)); t++)
        {
            if (_decided[t])
            {
                break;
            }

            if (IsInitials(t) || (IsConsonantAcronym(t) && _v[t].Length <= 3) || (_v[t] is "." && t > start && IsWordAt(t - 1) && _v[t - 1].Length == 1))
            {
                continue;
            }

            var classes = IsWordAt(t) ? ClassAt(t) : WordClass.None;
            if ((classes & WordClass.Particle) != 0 && t + 1 < end && IsWordAt(t + 1))
            {
                continue; // "bin", "al", "ash" inside or before a name
            }

            if (!IsNameCandidate(t) && ((classes & WordClass.FirstName) == 0 || (classes & Truecaser.Blocking) != 0 || _decided[t]))
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
            if (!IsWordAt(t) || (t > start && (ClassAt(t) & WordClass.Particle) != 0))
            {
                continue; // the full stop of an initial; "bin", "al" inside a name
            }

            if (IsInitials(t) || IsConsonantAcronym(t))
            {
                Set(t, Word(t).ToUpperInvariant());
                continue;
            }

            var spelling = LeanAt(t, out var e) is Lean.Name or Lean.NamePart ? e.Form : CapitalParts(Word(t));
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

            var classes = ClassAt(t);
            var lean = LeanAt(t, out var entry);
            if ((classes & Truecaser.Blocking) != 0)
            {
                continue;
            }

            if (lean == Lean.NamePart && w.Length >= 2 && (classes & WordClass.Demonym) == 0)
            {
                _pending.Add(t); // "national", "sabha": capitalised only next to a name (ExtendNames)
            }
            else if ((lean == Lean.Name && w.Length >= 2) || (classes & WordClass.Demonym) != 0)
            {
                Set(t, lean == Lean.Name ? entry.Form : CapitalParts(Word(t)));
            }
            else if (IsInitials(t) || (IsConsonantAcronym(t) && !IsMeasure(t)))
            {
                Set(t, Word(t).ToUpperInvariant());
            }
            else if (lean == Lean.Unknown && w.Contains('-'))
            {
                Set(t, HyphenParts(Word(t)));
            }
            else if (lean == Lean.Unknown && regime == CasingRegime.Upper && classes == WordClass.None && w.Length >= 3 && !_owner.IsInflected(w))
            {
                Set(t, CapitalParts(Word(t)));
            }
        }
    }

    // "27.5 mb/s", "40 km": a consonant word after a number is a unit, not an acronym.
    private bool IsMeasure(int t) => t > 0 && _tokens[t - 1].Kind == TokenKind.Number;

    // A word news capitalises only part of the time ("national", "west", "house") is capitalised next to a capitalised
    // word, as part of a name ("national accord government" stays lower, "the west bank" does not).
    private void ExtendNames()
    {
        for (var changed = _pending.Count > 0; changed;)
        {
            changed = false;
            foreach (var t in _pending)
            {
                // Not onto a one-word place: "democratic syria" is not a name ("South Africa" is in the gazetteer whole).
                if (!_decided[t] && ((IsCapitalised(t - 1) && !IsPlace(t - 1)) || (IsCapitalised(t + 1) && !IsPlace(t + 1))))
                {
                    Set(t, LeanAt(t, out var e) != Lean.Lower && e.Form is { } form ? form : CapitalParts(Word(t)));
                    changed = true;
                }
            }
        }
    }

    private bool IsPlace(int t) => t >= 0 && t < _tokens.Length && (_place[t] || (_spell[t] is { } s && _lex.Places.TryGet(s, out _)));

    private bool IsCapitalised(int t) =>
        t >= 0 && t < _tokens.Length && _tokens[t].Kind == TokenKind.Word && _spell[t] is { Length: > 0 } s && char.IsUpper(s[0]);

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
            if (part.Length >= 2 && (_lex.Classify(part) & Truecaser.Blocking) == 0 && _owner.LeanOf(part, out var e) == Lean.Name
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
