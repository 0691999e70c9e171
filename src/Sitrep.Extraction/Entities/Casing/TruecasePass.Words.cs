using Sitrep.Core.Model;
using Lean = Sitrep.Extraction.Entities.Casing.Truecaser.Lean;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>The pass's single-word evidence, its extension to words of names, and the document's consistency.</summary>
internal sealed partial class TruecasePass
{
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
