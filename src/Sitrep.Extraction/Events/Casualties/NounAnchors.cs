namespace Sitrep.Extraction.Events.Casualties;

/// <summary>Casualty nouns and phrases: deaths, bodies, injuries, casualties, the death toll, "to death", "alive", "lives".</summary>
internal static class NounAnchors
{
    /// <summary>"25 deaths", "dozens of bodies", "a body", "no deaths", "the bodies of 3 men", "sustained injuries".</summary>
    public static bool Noun(in PhraseTable t, CasualtyKind kind, int s, int e, out AnchorHit hit)
    {
        var v = t.View;
        hit = default;
        if (NounCounts.TryZero(v, s, out var zero))
        {
            hit = new AnchorHit(kind, zero, "zero", s, e, Mood.Realis);
            return true;
        }

        var body = NounCounts.IsBodyWord(v, s);
        var p = NounCounts.Premodifier(t, s);
        var r = p >= 0 ? Reading.Of(t[p]) : default;
        if ((p >= 0 || NounCounts.TryOne(v, s, out r)) && (!body || NounCounts.BodiesFound(v, r.First, e)))
        {
            if (p >= 0)
            {
                t.Claim(p);
            }

            hit = new AnchorHit(kind, r, "premod", s, e, NounCounts.MoodNear(v, r.First));
            return true;
        }

        // "the bodies of 3 men", "the deaths of 12 soldiers"; "causing injuries to 8 pedestrians".
        var singular = v.Is(s, "murder") || v.Is(s, "body") || v.Is(s, "corpse") || v.Is(s, "assassination");
        if ((v.Is(e, "of") || (kind == CasualtyKind.Injured && v.Is(e, "to")))
            && (ObjectSearch.TryObject(t, e + 1, false, out r) || (singular && NounCounts.TrySingularOf(v, e + 1, out r))))
        {
            hit = new AnchorHit(kind, r, "of", s, e, NounCounts.MoodNear(v, s));
            return !body || NounCounts.BodiesFound(v, s, r.End);
        }

        // "820 persons with serious injuries", "three tribals with bullet injuries".
        if (kind == CasualtyKind.Injured && NounCounts.TryWith(t, s, out r))
        {
            hit = new AnchorHit(kind, r, "with", r.First, e, NounCounts.MoodNear(v, r.First));
            return true;
        }

        // "12 people sustained (serious) injuries": the subject of the verb.
        for (var k = s - 1; k >= 0 && k >= s - 3; k--)
        {
            if (v.Is(k, "sustained") || v.Is(k, "suffered") || v.Is(k, "received"))
            {
                var mood = MoodReader.Read(v, k, out var stop);
                if (!SubjectSearch.TrySubject(t, stop, true, out r))
                {
                    return false;
                }

                hit = new AnchorHit(kind, r, "subject", k, e, mood);
                return true;
            }

            if (!v.IsWord(k) || v.Has(k, WordTags.Stop | WordTags.Anchor))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>"no casualties", "without any casualties": nobody killed and nobody injured. A figure of "casualties"
    /// mixes the killed and the injured and is not read.</summary>
    public static bool ZeroNoun(in TokenView v, int s, int e, out AnchorHit hit)
    {
        hit = default;
        if (!NounCounts.TryZero(v, s, out var zero))
        {
            return false;
        }

        hit = new AnchorHit(CasualtyKind.Killed, zero, "zero", s, e, Mood.Realis, BothKinds: true);
        return true;
    }

    /// <summary>"the death toll rose to 25", "a death toll of 25", "raising the toll to 25".</summary>
    public static bool Toll(in PhraseTable t, int s, int e, out AnchorHit hit)
    {
        var v = t.View;
        hit = default;
        var qualified = v.Is(s - 1, "death") || v.Is(s - 1, "casualty") || v.Is(s - 1, "fatality");
        var rises = (v.Is(e, "to") || v.Is(e, "at") || v.Is(e, "of")) && t.StartingAt(e + 1) >= 0;

        // "the toll in the communal violence has climbed to 430": a verb of rising before the figure; an auxiliary
        // ("is", "has") only right after "toll".
        for (var k = e; !rises && k < e + ObjectSearch.TollReach && v.IsWord(k); k++)
        {
            rises = NounCounts.Rises(v, k) && (k == e || !v.Has(k, WordTags.Skip));
        }

        if ((!qualified && !rises) || !ObjectSearch.TryToll(t, e, out var r))
        {
            return false;
        }

        var first = qualified ? s - 1 : s;
        hit = new AnchorHit(CasualtyKind.Killed, r, "toll", first, e, NounCounts.MoodNear(v, first));
        return true;
    }

    /// <summary>"hacked to death" (the subject, or "beat two men to death": the object before "to"), "the death of a man".</summary>
    public static bool Death(in PhraseTable t, int s, int e, out AnchorHit hit)
    {
        var v = t.View;
        hit = default;
        if (v.Is(s - 1, "to"))
        {
            return BeforeVerb(t, s - 1, e, out hit);
        }

        if (v.Is(e, "of") && (ObjectSearch.TryObject(t, e + 1, false, out var r) || NounCounts.TrySingularOf(v, e + 1, out r)))
        {
            hit = new AnchorHit(CasualtyKind.Killed, r, "of", s, e, NounCounts.MoodNear(v, s));
            return true;
        }

        return false;
    }

    /// <summary>"several people were burnt alive", "burnt 5 people alive".</summary>
    public static bool Alive(in PhraseTable t, int s, int e, out AnchorHit hit) => BeforeVerb(t, s, e, out hit);

    /// <summary>"5 people lost their lives", "claimed the lives of 5", "claimed 5 lives", "no loss of life".</summary>
    public static bool Lives(in PhraseTable t, int s, int e, out AnchorHit hit)
    {
        var v = t.View;
        hit = default;
        var lost = NounCounts.LoseVerb(v, s - 1) ? s - 1 : v.Has(s - 1, WordTags.Determiner) && NounCounts.LoseVerb(v, s - 2) ? s - 2
            : v.Has(s - 1, WordTags.Determiner) && v.Is(s - 2, "down") && v.Is(s - 3, "laid") ? s - 3 : -1;
        if (lost >= 0)
        {
            var mood = MoodReader.Read(v, lost, out var stop);
            if (!SubjectSearch.TrySubject(t, stop, true, out var subject))
            {
                return false;
            }

            hit = new AnchorHit(CasualtyKind.Killed, subject, "subject", lost, e, mood);
            return true;
        }

        if (NounCounts.TryZero(v, s, out var zero))
        {
            hit = new AnchorHit(CasualtyKind.Killed, zero, "zero", s, e, Mood.Realis);
            return true;
        }

        return Noun(t, CasualtyKind.Killed, s, e, out hit) && hit.Construction != "subject";
    }

    // The object before "to death"/"alive" ("beat two men to death"), else the subject of the verb before it
    // ("a woman was hacked to death", "nine occupants were charred to death", "several people were burnt alive").
    private static bool BeforeVerb(in PhraseTable t, int s, int e, out AnchorHit hit)
    {
        var v = t.View;
        hit = default;
        var verb = s - 1;
        var p = t.EndingWith(verb);
        if (p >= 0 && !t.IsClaimed(p) && ObjectSearch.Addable(t[p]) && v.Has(t[p].Start - 1, WordTags.ViolenceVerb))
        {
            t.Claim(p);
            var mood = MoodReader.Read(v, t[p].Start, out _);
            hit = new AnchorHit(CasualtyKind.Killed, Reading.Of(t[p]), "object", s, e, mood is Mood.Irrealis ? mood : Mood.Realis);
            return true;
        }

        if (!v.Has(verb, WordTags.ViolenceVerb))
        {
            return false; // "sentenced to death" reports no death
        }

        var subjectMood = MoodReader.Read(v, verb, out var stop);
        if (!SubjectSearch.TrySubject(t, stop, true, out var r))
        {
            return false;
        }

        hit = new AnchorHit(CasualtyKind.Killed, r, "subject", verb, e, subjectMood);
        return true;
    }
}
