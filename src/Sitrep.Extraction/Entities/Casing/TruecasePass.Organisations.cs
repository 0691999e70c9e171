using Sitrep.Core.Model;
using Lean = Sitrep.Extraction.Entities.Casing.Truecaser.Lean;

namespace Sitrep.Extraction.Entities.Casing;

/// <summary>The pass's organisation rules: names that end in a cue word, start with one before "of", or own a group.</summary>
internal sealed partial class TruecasePass
{
    private const int MaxModifiers = 2;
    private const int MaxOfWords = 2;

    // Words that may stand inside an organisation's name: not a common or function word, pronoun or verb.
    private const WordClass NotInName = WordClass.CommonWord | WordClass.Pronoun | WordClass.Reporting | WordClass.ActorVerb | WordClass.NonEntity;

    private void Organisations()
    {
        for (var s = 0; s < _sentences.Length; s++)
        {
            if (_profile.Sentences[s] == CasingRegime.Normal)
            {
                continue;
            }

            var (first, end) = Range(s);
            for (var k = first; k < end; k++)
            {
                if (!IsWordAt(k) || (ClassAt(k) & WordClass.OrgCue) == 0)
                {
                    continue;
                }

                if (!CuedAfterName(k, first))
                {
                    k = CuedBeforeOf(k, end);
                }
            }

            GroupOwners(first, end);
        }
    }

    // "damascus university", "ahmedabad textile mills association": a capitalised name, at most two words, and an
    // organisation cue word that news mostly capitalises name an organisation ("paris court", "thai political party"
    // do not: news writes "court" and "party" in lower case after a place).
    private bool CuedAfterName(int cue, int first)
    {
        if (LeanAt(cue) is not (Lean.NamePart or Lean.Name))
        {
            return false;
        }

        for (var anchor = cue - 1; anchor >= first && cue - anchor <= MaxModifiers + 1; anchor--)
        {
            if (!_v.JoinedToPrevious(anchor + 1) || !IsWordAt(anchor))
            {
                return false;
            }

            if (IsCapitalised(anchor) && !_cued[anchor])
            {
                for (var t = anchor + 1; t <= cue; t++)
                {
                    Set(t, CapitalParts(Word(t)));
                    _cued[t] = true;
                }

                return true;
            }

            if (!MayStandInName(anchor) || _decided[anchor])
            {
                return false;
            }
        }

        return false;
    }

    // "the ministry of higher education", "the department of the treasury", "the army of the victorious sect": an
    // institution word (org-head) after "the", then "of" and at most two name words, is a name. Returns the last token used.
    private int CuedBeforeOf(int cue, int end)
    {
        if ((ClassAt(cue) & WordClass.OrgHead) == 0 || !_v.Is(cue - 1, "the") || _decided[cue] || !_v.Is(cue + 1, "of"))
        {
            return cue;
        }

        var t = cue + 2;
        if (_v.Is(t, "the"))
        {
            t++;
        }

        var last = -1;
        for (var words = 0; t < end && words < MaxOfWords && _v.JoinedToPrevious(t); t++)
        {
            if (_v.Is(t, "and") && last >= 0)
            {
                continue;
            }

            if (!MayStandInName(t) || _decided[t] || (ClassAt(t) & (WordClass.OrgCue | WordClass.PlaceCueLower)) != 0
                || _v[t].EndsWith("ed", StringComparison.Ordinal))
            {
                break;
            }

            last = t;
            words++;
        }

        if (last < 0)
        {
            return cue;
        }

        Set(cue, CapitalParts(Word(cue)));
        for (var k = cue + 1; k <= last; k++)
        {
            if (_v.IsWord(k) && !IsFunctionWord(k))
            {
                Set(k, CapitalParts(Word(k)));
            }
        }

        return last;
    }

    private bool MayStandInName(int t) =>
        IsWordAt(t) && !IsFunctionWord(t) && (ClassAt(t) & NotInName) == 0
        && !_v[t].EndsWith("ing", StringComparison.Ordinal) && !_v[t].EndsWith("ly", StringComparison.Ordinal);

    // "the asad regime", "the bajrang dal activists": one or two words news never saw, between "the" and a group noun,
    // name whom the group belongs to.
    private void GroupOwners(int first, int end)
    {
        for (var k = first + 2; k < end; k++)
        {
            if (!IsWordAt(k) || (ClassAt(k) & (WordClass.GroupNoun | WordClass.OrgCue)) == 0)
            {
                continue;
            }

            var from = k;
            while (from - 1 > first && k - from < 2 && _v.JoinedToPrevious(from) && IsWordAt(from - 1) && !_decided[from - 1]
                && LeanAt(from - 1) == Lean.Unknown && ClassAt(from - 1) == WordClass.None && _v[from - 1].Length >= 3)
            {
                from--;
            }

            if (from < k && _v.Is(from - 1, "the"))
            {
                for (var t = from; t < k; t++)
                {
                    Set(t, CapitalParts(Word(t)));
                    _names.TryAdd(Word(t), _spell[t]!);
                }
            }
        }
    }
}
