using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Coding;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: what a trigger's words say about the act beyond its pattern. A trigger that is only a noun modifier
/// or a unit codes nothing; halted cooperation reduces relations; trade flows and figures are no events; and whether an
/// act whose source no code covers may stand without one (an attack noun, a weapon or unnamed attackers as subject).
/// </summary>
internal static class ActReading
{
    // Issue 8 point 5: a one-word trigger read as a noun that modifies the noun after it ("a welcoming ceremony", "the
    // trade surplus", "the U.S. arm of …" excepted), or a unit after a number or "a" ("cents a pound", "per barrel").
    public static bool IsNounModifierOrUnit(SentenceFrame frame, int i, ImmutableArray<VerbForm> forms)
    {
        if (forms.Any(f => f.Words.Length > 1))
        {
            return false;
        }

        // A participle before a noun is the act done to it ("the arrested ram sevaks"), and a number before a plural
        // counts acts ("432 arrests have been made"): neither is a modifier or a unit.
        var word = frame.Words[i];
        if (word.EndsWith("ED", StringComparison.Ordinal) || (word.EndsWith('S') && i > 0 && frame.Original(i - 1) is { Length: > 0 } count && char.IsAsciiDigit(count[0])))
        {
            return false;
        }

        if (i > 0 && (frame.Words[i - 1] == "PER" || (frame.Original(i - 1) is { Length: > 0 } n && char.IsAsciiDigit(n[0]))
            || (frame.Words[i - 1] == "A" && i > 1 && frame.Words[i - 2] is "CENTS" or "CENT" or "DLRS" or "DOLLARS" or "PENCE" or "YEN" or "EUROS")))
        {
            return true;
        }

        var nounReading = TriggerContext.IsNominal(frame, i) || (i > 1 && frame.Original(i - 2) is { Length: > 0 } m && char.IsAsciiDigit(m[0]));
        return nounReading && frame.SlotStartingAt(i + 1) is null && SlotRoles.IsModifiedNoun(frame, i + 1);
    }

    // Participles whose noun is the one the act is done to ("the arrested persons", "the killed soldiers"): the act did
    // happen to it, which ImpliedAgent and HarmParticiple read.
    private static readonly FrozenSet<string> PatientParticiples = FrozenSet.ToFrozenSet(
        ["ARRESTED", "DETAINED", "KILLED", "WOUNDED", "INJURED", "KIDNAPPED", "ABDUCTED", "JAILED", "IMPRISONED", "EXECUTED", "CAPTURED", "DEPORTED",
         "EXPELLED", "RELEASED", "FREED", "BESIEGED", "BOMBED", "SHELLED", "ATTACKED", "OCCUPIED"],
        StringComparer.Ordinal);

    /// <summary>
    /// Issue 8 point 5: true when the word at <paramref name="i"/> is a past participle used as an adjective between a
    /// determiner or possessive and its noun ("its agreed production ceiling", "a banned militant organisation", "the
    /// proposed talks"), which reports no act of its own; or "arrest" after "cardiac", "respiratory" or "heart", which
    /// names a heart stopping.
    /// </summary>
    public static bool IsAdjective(SentenceFrame frame, int i)
    {
        var word = frame.Words[i];
        if (word is "ARREST" or "ARRESTS" && i > 0 && frame.Words[i - 1] is "CARDIAC" or "RESPIRATORY" or "HEART")
        {
            return true;
        }

        if (word.Length < 5 || !word.EndsWith("ED", StringComparison.Ordinal) || PatientParticiples.Contains(word) || i == 0
            || frame.Words[i - 1] is not ("THE" or "A" or "AN" or "ITS" or "THEIR" or "HIS" or "HER" or "OUR" or "'S" or "'" or "THIS" or "THAT" or "ONCE" or "NEWLY" or "PREVIOUSLY" or "JOINTLY"))
        {
            return false;
        }

        // The noun it modifies: a lower-case word that is no preposition, function word or verb form ("ceiling",
        // "militant organisation"), not "by" ("the accord reached by OPEC").
        return frame.SlotStartingAt(i + 1) is null && SlotRoles.IsModifiedNoun(frame, i + 1);
    }

    // Issue 8 point 5. Halting cooperation is not cooperation: "stopped imports", "a ban on trade", "broke off talks" reduce
    // relations (CAMEO 16) or, for an intent or a concession, code nothing. Trade flows are no events: a trade noun
    // ("Polish exports", "its trade surplus") or a trade verb with a quantity ("imports 50 pct of its oil") is a statistic.
    public static (bool Kept, PairedCode Code) Reduced(SentenceFrame frame, EventDictionary dictionary, PairedCode code, int first, bool nominal, int last)
    {
        if ((code.Forward ?? code.Reverse) is not { } c)
        {
            return (true, code);
        }

        if (c.RootNumber >= 18 && IsTradeHarm(frame, first, last))
        {
            return (false, code);
        }

        var economic = c.IsWithin(EventCode.Parse("061"));
        if (economic && (nominal || HasQuantity(frame, last + 1) || IsTradeFlow(frame, dictionary, first, last)))
        {
            return (false, code);
        }

        if (c.RootNumber is < 3 or > 8 || !ClauseContext.IsHalted(frame, first))
        {
            return (true, code);
        }

        var halted = c.RootNumber switch
        {
            4 => "164",
            5 => "161",
            6 => economic ? "163" : "160",
            7 => "162",
            _ => null,
        };
        return halted is null ? (false, code) : (true, new PairedCode(EventCode.Parse(halted), null));
    }

    // Buying, selling, importing, exporting goods (the verb dictionary's &TRADEFLOW synset) is commerce, not economic
    // cooperation between states: "India bought two cargoes of sugar", "Taiwan is expected to boost imports" (the
    // guideline: trade flows are statistics). An agreement or a policy about trade codes otherwise (057, 163, 085).
    private static bool IsTradeFlow(SentenceFrame frame, EventDictionary dictionary, int first, int last)
    {
        foreach (var member in dictionary.SynsetMembersOrEmpty("&TRADEFLOW"))
        {
            for (var i = first; i <= last; i++)
            {
                if (member.Length == 1 && member[0] == frame.Words[i])
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A number or share in the rest of the clause: "about 50 pct", "5,000 tonnes", "half of its oil".
    private static bool HasQuantity(SentenceFrame frame, int from)
    {
        for (var i = from; i < frame.Length && i < from + 8; i++)
        {
            if (frame.IsHardStop(i) || frame.Words[i] == ",")
            {
                return false;
            }

            if (frame.Original(i) is { Length: > 0 } w && (char.IsAsciiDigit(w[0]) || frame.Words[i] is "PCT" or "PERCENT" or "%" or "HALF" or "MILLION" or "BILLION" or "MLN" or "BLN"))
            {
                return true;
            }
        }

        return false;
    }

    // Issue 8 point 5: trade law's "injury": "the domestic industry was being injured by Brazilian orange juice imports",
    // "imports have injured U.S. producers", "injured by Japan's unfair trade practices". Harm whose author is a trade
    // flow or practice is economic, not violence.
    private static readonly FrozenSet<string> TradeAuthors = FrozenSet.ToFrozenSet(
        ["IMPORTS", "IMPORT", "EXPORTS", "DUMPING", "SUBSIDIES", "PRACTICES", "COMPETITION", "TARIFFS", "QUOTAS", "PROTECTIONISM"], StringComparer.Ordinal);

    /// <summary>
    /// True when the harm verb at [<paramref name="first"/>, <paramref name="last"/>] ("injured", "hurt", "damaged")
    /// has a trade flow or practice as its author: the subject before it in its clause, or the head after its "by".
    /// </summary>
    public static bool IsTradeHarm(SentenceFrame frame, int first, int last)
    {
        var word = frame.Words[first];
        if (!(word.StartsWith("INJUR", StringComparison.Ordinal) || word.StartsWith("HURT", StringComparison.Ordinal) || word.StartsWith("DAMAG", StringComparison.Ordinal)
            || word.StartsWith("HARM", StringComparison.Ordinal)))
        {
            return false;
        }

        for (var i = first - 1; i >= 0 && i >= first - 8; i--)
        {
            if (frame.IsHardStop(i) || frame.Words[i] is "," or "THAT" or ";")
            {
                break;
            }

            if (TradeAuthors.Contains(frame.Words[i]))
            {
                return true;
            }
        }

        for (var i = last + 1; i < frame.Length && i <= last + 3; i++)
        {
            if (frame.Words[i] != "BY")
            {
                continue;
            }

            for (var k = i + 1; k < frame.Length && k <= i + 7; k++)
            {
                if (frame.IsHardStop(k) || frame.Words[k] is "," or ";")
                {
                    return false;
                }

                if (TradeAuthors.Contains(frame.Words[k]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "A blast killed …", "heavy shelling hit …", "two suicide bombers killed …": an attack noun, a weapon or unnamed
    // attackers in the subject position of the trigger's clause, or nothing before the trigger in it ("…, killing three
    // soldiers").
    /// <summary>
    /// True when the clause of the trigger at <paramref name="first"/> has no subject before it, or an attack noun, a
    /// weapon or unnamed attackers there (the verb dictionary's &amp;ATTACKS, &amp;BOMBINGS, &amp;AIRSTRIKES, &amp;SHELLING,
    /// &amp;WEAPON and &amp;ATTACKERS synsets): an act whose actor the sentence leaves unnamed.
    /// </summary>
    public static bool HasInstrumentSubject(SentenceFrame frame, int first, EventDictionary dictionary)
    {
        var start = first;
        while (start > 0 && !frame.IsHardStop(start - 1) && frame.Words[start - 1] != "," && !ClauseContext.OpensClause(frame.Words[start - 1]))
        {
            start--;
        }

        if (start == first || (start == first - 1 && frame.Words[start] is "AND" or "THEN"))
        {
            return true;
        }

        foreach (var name in new[] { "&ATTACKS", "&BOMBINGS", "&AIRSTRIKES", "&SHELLING", "&WEAPON", "&ATTACKERS" })
        {
            foreach (var member in dictionary.SynsetMembersOrEmpty(name))
            {
                for (var i = start; i + member.Length <= first; i++)
                {
                    if (member.AsSpan().SequenceEqual(frame.Words.AsSpan(i, member.Length)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
