using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// Gives an event its ACLED event type, sub-event type and CASE 2021 label (issue 8 point 2) when its sentence is about
/// conflict: the trained model's most probable label over <see cref="AcledFeatures"/> (which include the hand-written
/// <see cref="AcledRules"/>), or the rules' best label when no model is loaded. Pure and thread-safe.
/// </summary>
public sealed class AcledTyper(AcledResources resources)
{
    /// <summary>The resources it types with.</summary>
    public AcledResources Resources { get; } = resources ?? throw new ArgumentNullException(nameof(resources));

    /// <summary>The coding of an event, or null when neither its code, its words nor its actors concern conflict or diplomacy.</summary>
    public AcledCoding? Type(AcledEventView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!Concerns(view))
        {
            return null;
        }

        var why = new StringBuilder();
        var rules = AcledRules.Score(view, Resources.Taxonomy, why);
        double[] p;
        string how;
        if (Resources.Model is { } model)
        {
            p = model.Predict(AcledFeatures.Of(view, rules));
            how = $"model {model.Stamp}";
        }
        else
        {
            p = AcledModel.Softmax(rules);
            how = "rules";
        }

        var best = 1;
        for (var l = 2; l < p.Length; l++)
        {
            if (p[l] > p[best])
            {
                best = l;
            }
        }

        // A verbal act in a sentence about an attack ("the army said it had retaken the town") carries the type the
        // sentence reports, at half the confidence, so that the act itself wins wherever it is coded too.
        var compatible = Compatible(view.Code, (CaseLabel)best);
        var confidence = compatible ? p[best] : p[best] / 2;

        var entry = Resources.Taxonomy[(CaseLabel)best];
        return entry.ToCoding(Math.Round(confidence, 3), $"{how} p={p[best]:0.00}{(compatible ? string.Empty : $"; reported by a {view.Code} act: confidence halved")}; {Resources.Taxonomy.Stamp}:{entry.Line}; {why.ToString().TrimEnd(' ', ';')}") with { Reported = !compatible };
    }

    /// <summary>
    /// True when an event with this CAMEO code can be of this type: an act of material conflict (CAMEO 14–20) any
    /// type; a verbal act or cooperation (01–13) only a diplomatic event, an attribution, an agreement or the type its
    /// code maps to ("Turkey provided drones" is no air strike, "Libya asked for help" no transfer of territory).
    /// </summary>
    public bool Compatible(EventCode code, CaseLabel label) =>
        code.RootNumber >= 14 || label is CaseLabel.DIPLO or CaseLabel.ATTRIB or CaseLabel.AGREEMENT
        || Resources.Taxonomy.DefaultFor(code) is { } entry && entry.CaseLabel == label;

    /// <summary>The features of an event, for training (<c>sitrep train acled</c>).</summary>
    public IReadOnlyList<(string Name, double Value)> Features(AcledEventView view) => AcledFeatures.Of(view, AcledRules.Score(view, Resources.Taxonomy));

    /// <summary>True when the event concerns conflict or diplomacy: a material-conflict code, a code ACLED types, a cue of weight 2 or more, an armed or demonstrating actor, or two states.</summary>
    public bool Concerns(AcledEventView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Code.RootNumber >= 14 || Resources.Taxonomy.DefaultFor(view.Code) is { SubEventType: not null } and not { CaseLabel: CaseLabel.DIPLO })
        {
            return true;
        }

        foreach (var hit in view.Hits)
        {
            if (hit.Cues.Any(c => c.Weight >= 2 && c.Label is not (CaseLabel.NATURAL_DISASTER or CaseLabel.MAN_MADE_DISASTER or CaseLabel.DIPLO)))
            {
                return true;
            }
        }

        static bool Conflict(AcledActorCategory c) => c is not (AcledActorCategory.None or AcledActorCategory.Civilians);
        return (view.Source != AcledActorCategory.StateForces && Conflict(view.Source)) || (view.Target != AcledActorCategory.StateForces && Conflict(view.Target))
            || (view.Source == AcledActorCategory.StateForces && view.Target is AcledActorCategory.StateForces or AcledActorCategory.ExternalOther);
    }
}
