using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// Hand-written evidence for each CASE/ACLED label of one event (issue 8 point 2), in the codebook's own terms: the
/// default type of the event's CAMEO code, the cue words near its trigger (full weight inside its evidence or within
/// <see cref="Near"/> words of it, half weight elsewhere in the sentence), and the actor-type rules ACLED's sub-event
/// types are defined by (violence on civilians is an attack, fighting between armed groups a clash, a state taking
/// ground regains territory, a non-state actor overtakes it, force on protesters with deaths is excessive force).
/// </summary>
public static class AcledRules
{
    /// <summary>Words around the evidence where a cue counts fully.</summary>
    public const int Near = 4;

    /// <summary>Number of score slots: one per <see cref="CaseLabel"/> value.</summary>
    public static readonly int LabelCount = Enum.GetValues<CaseLabel>().Max(l => (int)l) + 1;

    /// <summary>The score of every label (index = <see cref="CaseLabel"/> value); <paramref name="why"/> collects the reasons.</summary>
    public static double[] Score(AcledEventView e, AcledTaxonomy taxonomy, StringBuilder? why = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var s = new double[LabelCount];
        if (taxonomy.DefaultFor(e.Code) is { } byCode)
        {
            s[(int)byCode.CaseLabel] += 2;
            why?.Append($"CAMEO {e.Code} → {byCode.CaseLabel}; ");
        }

        foreach (var hit in e.Hits)
        {
            var near = hit.Last >= e.EvidenceFirst - Near && hit.First <= e.EvidenceLast + Near;
            foreach (var cue in hit.Cues)
            {
                var w = cue.Weight * (near ? 1.0 : 0.5);
                s[(int)cue.Label] += w;
                why?.Append($"cue '{string.Join(' ', e.Words.Skip(hit.First).Take(hit.Last - hit.First + 1)).ToLowerInvariant()}' {cue.Label} +{w:0.#}; ");
            }
        }

        Actors(e, s, why);
        return s;
    }

    private static bool Armed(AcledActorCategory c) =>
        c is AcledActorCategory.StateForces or AcledActorCategory.RebelGroup or AcledActorCategory.PoliticalMilitia or AcledActorCategory.IdentityMilitia or AcledActorCategory.ExternalOther;

    private static void Actors(AcledEventView e, double[] s, StringBuilder? why)
    {
        void Add(CaseLabel label, double w, string reason)
        {
            s[(int)label] += w;
            why?.Append($"{reason} → {label} {(w >= 0 ? "+" : string.Empty)}{w:0.#}; ");
        }

        // ACLED's two types of territory taken by force differ only in who takes it (codebook, "Strategic developments";
        // docs/acled-annotation-guideline.md section 4), whatever the verb: "rebels regained control" is overtaken,
        // "the army captured" is regained. The evidence the code and cues gave the other type goes to the taker's.
        var gov = Math.Max(0, s[(int)CaseLabel.GOV_REGAINS_TERIT]);
        var nonState = Math.Max(0, s[(int)CaseLabel.NON_STATE_ACTOR_OVERTAKES_TER]);
        var territory = e.Code.IsWithin(EventCode.Parse("192")) || gov + nonState > 2;
        if (territory && e.Source == AcledActorCategory.StateForces)
        {
            Add(CaseLabel.GOV_REGAINS_TERIT, 2 + nonState, "state forces take ground");
            Add(CaseLabel.NON_STATE_ACTOR_OVERTAKES_TER, -2 - nonState, "state forces take ground");
        }
        else if (territory && e.Source is AcledActorCategory.RebelGroup or AcledActorCategory.PoliticalMilitia or AcledActorCategory.IdentityMilitia)
        {
            Add(CaseLabel.NON_STATE_ACTOR_OVERTAKES_TER, 2 + gov, "non-state actor takes ground");
            Add(CaseLabel.GOV_REGAINS_TERIT, -2 - gov, "non-state actor takes ground");
        }

        if (e.Violent && e.Target == AcledActorCategory.Civilians && e.Source is not AcledActorCategory.Rioters)
        {
            Add(CaseLabel.ATTACK, 1.5, "violence on civilians");
        }

        if (e.Code.RootNumber is 18 or 19 && Armed(e.Source) && Armed(e.Target))
        {
            Add(CaseLabel.ARMED_CLASH, 1.5, "armed actors on both sides");
        }

        if (e.Target == AcledActorCategory.Protesters && e.Source is AcledActorCategory.StateForces or AcledActorCategory.ExternalOther && e.Violent)
        {
            Add(e.Killed ? CaseLabel.FORCE_AGAINST_PROTEST : CaseLabel.PROTEST_WITH_INTER, 2, e.Killed ? "deadly force on protesters" : "force on protesters");
        }

        if (e.Source == AcledActorCategory.Rioters || (e.Source == AcledActorCategory.Protesters && e.Violent))
        {
            Add(CaseLabel.VIOL_DEMONSTR, 1, "rioters act");
        }

        if (e.Source == AcledActorCategory.Protesters && !e.Violent && e.Code.RootNumber == 14)
        {
            Add(CaseLabel.PEACE_PROTEST, 1, "protesters demonstrate");
        }

        if (e.Killed && e.Violent)
        {
            Add(CaseLabel.ATTACK, 0.5, "deaths");
            Add(CaseLabel.ARMED_CLASH, 0.5, "deaths");
        }
    }
}
