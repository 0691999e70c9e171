using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Casualties;

/// <summary>Walks the casualty words of one scope left to right, ties each to its count and keeps those that report
/// what happened.</summary>
internal static class CasualtyScan
{
    /// <summary>Reads every casualty statement of the scope the table was built over.</summary>
    /// <param name="t">The scope's tokens and count phrases.</param>
    /// <param name="max">Most statements returned.</param>
    public static ImmutableArray<CasualtyStatement> Run(in PhraseTable t, int max)
    {
        var v = t.View;
        ImmutableArray<CasualtyStatement>.Builder? found = null;
        for (var a = 0; a < v.Count && (found?.Count ?? 0) < max; a++)
        {
            if (!TryRead(t, a, out var hit))
            {
                continue;
            }

            found ??= ImmutableArray.CreateBuilder<CasualtyStatement>();
            Emit(v, hit, hit.Kind, found);
            if (hit.BothKinds)
            {
                Emit(v, hit, CasualtyKind.Injured, found);
            }
        }

        return found?.ToImmutable() ?? [];
    }

    private static bool TryRead(in PhraseTable t, int a, out AnchorHit hit)
    {
        var v = t.View;
        hit = default;
        var token = v[a];

        // "gunned down", "fatally shot": killing verbs made of two words.
        if ((v.Is(a, "gunned") || v.Is(a, "mowed")) && v.Is(a + 1, "down"))
        {
            return VerbAnchors.Participle(t, CasualtyKind.Killed, a, a + 2, out hit);
        }

        // "two were stabbed fatally"
        if (token.Has(WordTags.ViolenceVerb) && (v.Is(a + 1, "fatally") || v.Is(a + 1, "mortally")))
        {
            return VerbAnchors.Participle(t, CasualtyKind.Killed, a, a + 2, out hit);
        }

        var fatally = v.Is(a - 1, "fatally") || v.Is(a - 1, "mortally");
        if (fatally && token.Has(WordTags.ViolenceVerb))
        {
            return VerbAnchors.Participle(t, CasualtyKind.Killed, a - 1, a + 1, out hit);
        }

        if (!token.Has(WordTags.Anchor))
        {
            return false;
        }

        var (kind, form) = token.Info.Anchor;
        var s = fatally ? a - 1 : a;
        kind = fatally ? CasualtyKind.Killed : kind; // "fatally wounded": killed (ACLED counts deaths)
        return form switch
        {
            AnchorForm.Participle => VerbAnchors.Participle(t, kind, s, a + 1, out hit),
            AnchorForm.Progressive => VerbAnchors.Progressive(t, kind, s, a + 1, out hit),
            AnchorForm.Present => VerbAnchors.Present(t, kind, s, a + 1, out hit),
            AnchorForm.Intransitive => VerbAnchors.Intransitive(t, kind, s, a + 1, out hit),

            // "shot dead", "stabbed dead" take an object like "killed"; "12 dead" does not.
            AnchorForm.Predicative when v.Has(a - 1, WordTags.ViolenceVerb) => VerbAnchors.Participle(t, kind, a - 1, a + 1, out hit),
            AnchorForm.Predicative => VerbAnchors.Predicative(t, kind, s, a + 1, out hit),
            AnchorForm.Noun => NounAnchors.Noun(t, kind, s, a + 1, out hit),
            AnchorForm.ZeroNoun => NounAnchors.ZeroNoun(v, s, a + 1, out hit),
            AnchorForm.Toll => NounAnchors.Toll(t, s, a + 1, out hit),
            AnchorForm.Death when !v.Is(a + 1, "toll") => NounAnchors.Death(t, s, a + 1, out hit),
            AnchorForm.Alive when v.Has(a - 1, WordTags.ViolenceVerb) => NounAnchors.Alive(t, s, a + 1, out hit),
            AnchorForm.Lives => NounAnchors.Lives(t, s, a + 1, out hit),
            _ => false,
        };
    }

    // A statement stands when it happened; a negated one only as a zero ("no one was killed", "did not kill anyone").
    private static void Emit(in TokenView v, AnchorHit hit, CasualtyKind kind, ImmutableArray<CasualtyStatement>.Builder found)
    {
        var r = hit.Reading;
        var zero = r.Kind is PhraseKind.Zero || (r.Kind is PhraseKind.Any && hit.Mood is Mood.Negated);
        if (hit.Mood is Mood.Irrealis || (hit.Mood is Mood.Negated && !zero) || (r.Kind is PhraseKind.Any && !zero))
        {
            return;
        }

        var first = Math.Min(r.First, hit.AnchorFirst);
        var end = Math.Max(r.End, hit.AnchorEnd);
        var span = new TextSpan(v[first].Start, v[end - 1].End);
        var anchor = new TextSpan(v[hit.AnchorFirst].Start, v[hit.AnchorEnd - 1].End);
        var rule = zero ? "zero" : string.Concat(hit.Construction, ":", r.Rule);
        found.Add(new CasualtyStatement(kind, new CasualtyCount(zero ? 0 : r.Count, span, !zero && r.Vague, rule), anchor));
    }
}
