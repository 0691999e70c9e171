using Sitrep.Core.Model;
using Lean = Sitrep.Extraction.Entities.Casing.Truecaser.Lean;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>The pass's name contexts: titles and honorifics, given names and initials, speakers, known name words and place prefixes.</summary>
internal sealed partial class TruecasePass
{
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
}
