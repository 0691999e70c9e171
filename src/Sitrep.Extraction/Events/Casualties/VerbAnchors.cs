namespace Sitrep.Extraction.Events.Casualties;

/// <summary>Casualty verbs and adjectives: where each form finds its count.</summary>
internal static class VerbAnchors
{
    /// <summary>"killed", "wounded", "shot dead", "gunned down": the object when active ("troops killed 6"), else the
    /// subject ("6 were killed", headline "6 killed"); "3 injured persons" counts before the adjective.</summary>
    public static bool Participle(in PhraseTable t, CasualtyKind kind, int s, int e, out AnchorHit hit)
    {
        var v = t.View;
        hit = default;
        if (JoinedWithOtherKind(v, s, e, kind))
        {
            return false; // "killed or injured", "killed and wounded": no figure for either
        }

        var mood = MoodReader.Read(v, s, out var stop);
        // "the injured persons", "the killed soldiers": an adjective, with no object.
        var passive = MoodReader.IsPassive(v, s) || v.Is(e, "by") || (v.Has(s - 1, WordTags.Determiner) && !v.Is(s - 1, "that") && !v.Is(s - 1, "this"));
        if (TryPrenominal(t, s, e, out var r))
        {
            hit = new AnchorHit(kind, r, "prenominal", s, e, mood);
            return true;
        }

        if (!passive && ObjectSearch.TryObject(t, e, true, out r))
        {
            hit = new AnchorHit(kind, r, "object", s, e, mood);
            return true;
        }

        // An active verb with an object we could not count ("attacked and injured a student demonstration"): the
        // words before it are the agent, not the victims.
        var objectFollows = v.IsWord(e) && !v.Is(e, "that") && !v.Is(e, "this")
            && (v.Has(e, WordTags.Determiner) || !v.Has(e, WordTags.Stop | WordTags.Skip | WordTags.Conj | WordTags.Anchor));
        if ((passive || !objectFollows) && SubjectSearch.TrySubject(t, stop, true, out r))
        {
            hit = new AnchorHit(kind, r, "subject", s, e, mood);
            return true;
        }

        return false;
    }

    /// <summary>"killing 6 civilians", "injuring 12", "the killing of 3 students": the object. A plural with no number
    /// counts only after a comma or conjunction (", killing civilians"), not in a noun phrase ("the killing of civilians").</summary>
    public static bool Progressive(in PhraseTable t, CasualtyKind kind, int s, int e, out AnchorHit hit)
    {
        var v = t.View;
        hit = default;
        if (JoinedWithOtherKind(v, s, e, kind))
        {
            return false;
        }

        var mood = MoodReader.Read(v, s, out _);
        var nominal = v.Has(s - 1, WordTags.Determiner) || v.Is(s - 1, "of") || v.Is(s - 1, "for") || v.Is(s - 1, "against")
            || v.Is(s - 1, "about") || v.Is(s - 1, "on") || v.Is(s - 1, "in") || v.Is(e, "of");
        var k = v.Is(e, "of") ? e + 1 : e;
        if (!ObjectSearch.TryObject(t, k, !nominal, out var r)
            && !(v.Is(e, "of") && v.Is(s, "killing") && NounCounts.TrySingularOf(v, k, out r)))
        {
            return false;
        }

        hit = new AnchorHit(kind, r, v.Is(e, "of") ? "of" : "object", s, e, mood);
        return true;
    }

    /// <summary>"kills 12", headline "kill 12": the object; "to kill", "could kill" are not reports.</summary>
    public static bool Present(in PhraseTable t, CasualtyKind kind, int s, int e, out AnchorHit hit)
    {
        hit = default;
        var mood = MoodReader.Read(t.View, s, out _);
        if (!ObjectSearch.TryObject(t, e, false, out var r))
        {
            return false;
        }

        hit = new AnchorHit(kind, r, "object", s, e, mood);
        return true;
    }

    /// <summary>"5 people died", "two die": the subject.</summary>
    public static bool Intransitive(in PhraseTable t, CasualtyKind kind, int s, int e, out AnchorHit hit)
    {
        hit = default;
        var mood = MoodReader.Read(t.View, s, out var stop);
        if (!SubjectSearch.TrySubject(t, stop, true, out var r))
        {
            return false;
        }

        hit = new AnchorHit(kind, r, "subject", s, e, mood);
        return true;
    }

    /// <summary>"12 dead", "left 12 dead", "12 dead soldiers": the count before; "12 dead trees" counts no one.</summary>
    public static bool Predicative(in PhraseTable t, CasualtyKind kind, int s, int e, out AnchorHit hit)
    {
        var v = t.View;
        hit = default;
        var mood = MoodReader.Read(v, s, out var stop);
        if (TryPrenominal(t, s, e, out var r))
        {
            hit = new AnchorHit(kind, r, "prenominal", s, e, mood);
            return true;
        }

        if (!SubjectSearch.TrySubject(t, stop, true, out r))
        {
            return false;
        }

        // "12 dead trees": a noun after the adjective names what died.
        var after = NounRun.Read(v, e, false);
        if (after.Reject)
        {
            return false;
        }

        hit = new AnchorHit(kind, after.Person ? r with { End = after.End } : r, "subject", s, e, mood);
        return true;
    }

    // "3 injured persons", "12 dead soldiers": a count, the casualty word, a bare noun for people.
    private static bool TryPrenominal(in PhraseTable t, int s, int e, out Reading reading)
    {
        reading = default;
        var p = t.EndingWith(s - 1);
        var q = t.StartingAt(e);
        if (p < 0 || q < 0 || t.IsClaimed(p) || t.IsClaimed(q) || t[p].Kind is not (PhraseKind.Number or PhraseKind.Vague)
            || t[q].Kind is not (PhraseKind.Plural or PhraseKind.Singular) || t.View.Has(e, WordTags.Determiner) || t[p].PersonHead)
        {
            return false;
        }

        t.Claim(p);
        t.Claim(q);
        reading = Reading.Of(t[p]) with { End = t[q].End };
        return true;
    }

    // "killed or injured", "killed and wounded", "injured or killed".
    private static bool JoinedWithOtherKind(in TokenView v, int s, int e, CasualtyKind kind) =>
        ((v.Is(e, "or") || v.Is(e, "and")) && IsOtherVerb(v, e + 1, kind))
        || ((v.Is(s - 1, "or") || v.Is(s - 1, "and")) && IsOtherVerb(v, s - 2, kind));

    private static bool IsOtherVerb(in TokenView v, int i, CasualtyKind kind) =>
        v.Has(i, WordTags.Anchor) && v[i].Info.Anchor.Kind != kind
        && v[i].Info.Anchor.Form is AnchorForm.Participle or AnchorForm.Progressive or AnchorForm.Present;
}
