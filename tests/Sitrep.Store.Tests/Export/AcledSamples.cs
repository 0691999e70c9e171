using Sitrep.Core.Model;
using Sitrep.Store.Export;

namespace Sitrep.Store.Tests.Export;

/// <summary>A hand-built document whose events carry ACLED typing (issue 8), and the country facts to export it.</summary>
public static class AcledSamples
{
    public const string Text =
        "AHMEDABAD, India (Reuters) - Police fired tear gas at rioters in Ahmedabad on Monday, killing 2.\n\n"
        + "Gunmen attacked a village near Maiduguri, killing 6 \"unarmed\" civilians, witnesses said.\n\n"
        + "Libyan forces carried out air strikes in Jufra last month. Libya expelled a diplomat. Libya sent troops.\n\n"
        + "Indian protesters marched\nin Delhi.";

    public const int AhmedabadId = 1279233;

    /// <summary>Countries of the sample, and Gujarat as the division of Ahmedabad.</summary>
    public static AcledGeography Geography { get; } = new(
        [
            new AcledCountry("IN", "IND", 356, "India", "South Asia"),
            new AcledCountry("NG", "NGA", 566, "Nigeria", "Western Africa"),
            new AcledCountry("LY", "LBY", 434, "Libya", "Northern Africa"),
            new AcledCountry("SY", "SYR", 760, "Syria", "Middle East"),
        ],
        p => p.GeonameId == AhmedabadId ? new AdminDivisions("Gujarat", null, null) : default);

    public static TextSpan Find(string s, int from = 0)
    {
        var at = Text.IndexOf(s, from, StringComparison.Ordinal);
        Assert.True(at >= 0, s);
        return new TextSpan(at, at + s.Length);
    }

    /// <summary>
    /// Events: 0 police against rioters in Ahmedabad (riot, 2 killed, day); 1 gunmen against civilians near Maiduguri
    /// (attack, 6 killed, three-day range, approximate place); 2 Libya's military air strikes in Jufra (one-sided, month,
    /// a division); 3 a diplomatic expulsion (CASE label outside ACLED); 4 an event the typer left untyped; 5 protesters
    /// alone in Delhi, a sentence over a line break.
    /// </summary>
    public static Document Document(string id = "acled-1")
    {
        var ahmedabad = new ResolvedPlace(Find("Ahmedabad", 40), "Ahmedabad", PlaceRole.Mention, AhmedabadId, "Ahmedabad", 23.02579, 72.58727, "IN", "PPLA2", 0.9, [], "prior");
        var nearMaiduguri = new ResolvedPlace(Find("a village"), "a village", PlaceRole.Mention, null, "Maiduguri", 11.84692, 13.15712, "NG", "PPLA", 0.3, [], ResolvedPlace.NearRulePrefix + "Maiduguri (2331447): no gazetteer entry has this name");
        var jufra = new ResolvedPlace(Find("Jufra"), "Jufra", PlaceRole.Mention, 2216644, "Al Jufrah", 29.0, 16.0, "LY", "ADM1", 0.8, [], "context: country LY");
        var delhi = new ResolvedPlace(Find("Delhi"), "Delhi", PlaceRole.Mention, 1273294, "Delhi", 28.65195, 77.23149, "IN", "PPLA", 0.9, [], "prior");
        var riot = Sentence("Police fired");
        var attack = Sentence("Gunmen attacked");
        var strike = Sentence("Libyan forces");
        var expel = Sentence("Libya expelled");
        var troops = Sentence("Libya sent");
        var protest = Sentence("Indian protesters");
        return new Document(id, Text, new DocumentMetadata { Date = new DateOnly(2020, 1, 8), Source = "Reuters" })
        {
            Layers = [LayerKind.Events, LayerKind.Places, LayerKind.GenericActors],
            Places = [ahmedabad, nearMaiduguri, jufra, delhi],
            GenericActors =
            [
                new GenericActor(Find("Police"), Find("Police"), ActorCode.Parse("COP"), AcledActorCategory.StateForces, "Police Forces", null, "generic: police"),
                new GenericActor(Find("rioters"), Find("rioters"), ActorCode.Parse("RIO"), AcledActorCategory.Rioters, "Rioters", null, "generic: rioters"),
                new GenericActor(Find("Gunmen"), Find("Gunmen"), ActorCode.Parse("UAF"), AcledActorCategory.PoliticalMilitia, "Unidentified Armed Group", null, "generic: gunmen"),
                new GenericActor(Find("6 \"unarmed\" civilians"), Find("civilians"), ActorCode.Parse("CVL"), AcledActorCategory.Civilians, "Civilians", null, "generic: civilians"),
            ],
            Events =
            [
                Event(Actor("INDCOP", "Police", AcledActorCategory.StateForces, generic: true), Actor("INDRIO", "rioters", AcledActorCategory.Rioters, generic: true), "fired", riot, "145",
                    new EventDate(new DateOnly(2020, 1, 6), new DateOnly(2020, 1, 6), DatePrecision.Day, Find("on Monday"), "weekday"),
                    new EventPlace(ahmedabad, GeoPrecision.City, "clause"),
                    new AcledCoding(AcledEventType.Riots, AcledSubEventType.ViolentDemonstration, AcledDisorderType.Demonstrations, CaseLabel.VIOL_DEMONSTR, 0.8, "acled-types.txt:40"))
                    with { Fatalities = new CasualtyCount(2, Find("killing 2"), false, "number+killed") },
                Event(Actor("UAF", "Gunmen", AcledActorCategory.PoliticalMilitia, generic: true), Actor("CVL", "civilians", AcledActorCategory.Civilians, generic: true, span: "civilians"), "attacked", attack, "180",
                    new EventDate(new DateOnly(2020, 1, 3), new DateOnly(2020, 1, 5), DatePrecision.Range, Find("Gunmen"), "range"),
                    new EventPlace(nearMaiduguri, GeoPrecision.Region, "clause"),
                    new AcledCoding(AcledEventType.ViolenceAgainstCivilians, AcledSubEventType.Attack, AcledDisorderType.PoliticalViolence, CaseLabel.ATTACK, 0.7, "acled-types.txt:33"))
                    with { Fatalities = new CasualtyCount(6, Find("killing 6 \"unarmed\" civilians"), false, "number+killed") },
                Event(Actor("LBYMIL", "Libyan forces", AcledActorCategory.StateForces), null, "air strikes", strike, "195",
                    new EventDate(new DateOnly(2019, 12, 1), new DateOnly(2019, 12, 31), DatePrecision.Month, Find("last month"), "last-month"),
                    new EventPlace(jufra, GeoPrecision.Region, "clause"),
                    new AcledCoding(AcledEventType.ExplosionsRemoteViolence, AcledSubEventType.AirDroneStrike, AcledDisorderType.PoliticalViolence, CaseLabel.AIR_STRIKE, 0.9, "acled-types.txt:20")),
                Event(Actor("LBY", "Libya", AcledActorCategory.None, span: "Libya expelled"), null, "expelled", expel, "1663", null, null,
                    new AcledCoding(null, null, null, CaseLabel.DIPLO, 0.6, "acled-types.txt:60")),
                Event(Actor("LBY", "Libya", AcledActorCategory.None, span: "Libya sent"), null, "sent", troops, "150", null, null, null),
                Event(Actor("IND", "Indian protesters", AcledActorCategory.Protesters), null, "marched", protest, "141", null,
                    new EventPlace(delhi, GeoPrecision.City, "clause"),
                    new AcledCoding(AcledEventType.Protests, AcledSubEventType.PeacefulProtest, AcledDisorderType.Demonstrations, CaseLabel.PEACE_PROTEST, 0.8, "acled-types.txt:37")),
            ],
        };
    }

    private static TextSpan Sentence(string start)
    {
        var s = Find(start).Start;
        var end = Text.IndexOf('.', s) + 1;
        return new TextSpan(s, end);
    }

    private static EventActor Actor(string code, string words, AcledActorCategory category, bool generic = false, string? span = null)
    {
        var s = Find(span ?? words);
        return new EventActor(ActorCode.Parse(code), words, span is null ? s : new TextSpan(s.Start, s.Start + words.Length), null) { Category = category, Generic = generic };
    }

    private static DocumentEvent Event(EventActor source, EventActor? target, string trigger, TextSpan sentence, string cameo, EventDate? date, EventPlace? place, AcledCoding? acled) =>
        new(source, target, EventCode.Parse(cameo), -5, PloverCategory.Assault, Find(trigger), sentence, sentence, date, 0.7, "test", false) { Place = place, Acled = acled };
}
