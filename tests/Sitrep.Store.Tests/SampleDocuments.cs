using System.Collections.Immutable;
using Sitrep.Core.Diagnostics;
using Sitrep.Core.Model;

namespace Sitrep.Store.Tests;

/// <summary>Hand-built documents with every stored layer (STYLE §5: build the input by hand).</summary>
public static class SampleDocuments
{
    public const string Text =
        "date 2020-01-08\n\nCAIRO – GNA Interior Minister Fathi Bashagha said Turkey sent drones. “We need help,” he said.\n\n(Editing by Jane Doe)";

    public static Document Full(string id = "doc-1", string text = Text)
    {
        TextSpan Find(string s, int from = 0)
        {
            var at = text.IndexOf(s, from, StringComparison.Ordinal);
            return new TextSpan(at, at + s.Length);
        }

        var metadata = new DocumentMetadata
        {
            Date = new DateOnly(2020, 1, 8),
            Title = "Turkey sends drones",
            Url = "https://example.com/a",
            Source = "Reuters",
            Dateline = "CAIRO",
            Headings = ["WAR"],
            Credits = new Credits([new CreditedPerson("Ali Kucukgocmen", new TextSpan(0, 4), "in Istanbul")], [], [new CreditedPerson("Jane Doe", Find("Jane Doe"), null)]),
        };
        var doc = new Document(id, text, metadata)
        {
            SourceMap = new SourceMap([new SourceSegment(0, 10, 15), new SourceSegment(17, 40, 20)]),
            Layers = [LayerKind.Zones, LayerKind.Entities, LayerKind.Quotes, LayerKind.Places, LayerKind.GenericActors, LayerKind.Assertions],
            Zones = [new Zone(Find("date 2020-01-08"), ZoneKind.DateHeader), new Zone(Find("CAIRO"), ZoneKind.Dateline), new Zone(Find("(Editing by Jane Doe)"), ZoneKind.Credits)],
            Entities =
            [
                new Entity(0, EntityType.Person, "Fathi Bashagha", "Interior Minister", "GNA", null),
                new Entity(1, EntityType.Org, "Government of National Accord", null, null, "GNA"),
                new Entity(2, EntityType.Place, "Turkey", null, null, null),
                new Entity(3, EntityType.Equipment, "drones", null, null, null),
            ],
            GenericActors = [new GenericActor(Find("Interior Minister"), Find("Minister"), ActorCode.Parse("GOV"), AcledActorCategory.StateForces, "Government", "LBY", "generic-actors.txt:3 minister")],
            Alignments = [new Alignment(ActorCode.Parse("TUR"), ActorCode.Parse("LBYGOV"), ActorCode.Parse("LBYMIL"), Find("Turkey sent drones"), Find("CAIRO – GNA Interior Minister Fathi Bashagha said Turkey sent drones."), "verb")],
            Events =
            [
                new DocumentEvent(
                    new EventActor(ActorCode.Parse("TUR"), "Turkey", Find("Turkey"), 2),
                    null,
                    EventCode.Parse("072"),
                    8.3,
                    PloverCategory.Aid,
                    Find("sent"),
                    Find("Turkey sent drones"),
                    Find("GNA Interior Minister Fathi Bashagha said Turkey sent drones."),
                    new EventDate(new DateOnly(2019, 4, 1), new DateOnly(2019, 4, 30), DatePrecision.Month, Find("drones"), "ago"),
                    0.7,
                    "events/verbs.txt:1 - * &WEAPON [072]",
                    false),
                new DocumentEvent(
                    new EventActor(ActorCode.Parse("LBYGOV"), "Fathi Bashagha", Find("Fathi Bashagha"), 0),
                    new EventActor(ActorCode.Parse("TUR"), "Turkey", Find("Turkey"), null),
                    EventCode.Parse("0232"),
                    3.4,
                    PloverCategory.None,
                    Find("said"),
                    Find("Fathi Bashagha said Turkey"),
                    Find("GNA Interior Minister Fathi Bashagha said Turkey sent drones."),
                    null,
                    0.5,
                    "events/verbs.txt:2 - * + [0232]",
                    true),
                new DocumentEvent(
                    null,
                    new EventActor(ActorCode.Parse("TUR"), "Turkey", Find("Turkey"), 2),
                    EventCode.Parse("190"),
                    -10,
                    PloverCategory.Assault,
                    Find("sent"),
                    Find("Turkey sent"),
                    Find("GNA Interior Minister Fathi Bashagha said Turkey sent drones."),
                    null,
                    0.45,
                    "events/verbs.txt:3 - + * BY &ATTACKS [190]",
                    false),
            ],
            Actors =
            [
                new ActorAssignment(0, ActorCode.Parse("LBYGOV"), "affiliation", "GNA / Interior Minister"),
                new ActorAssignment(1, ActorCode.Parse("LBYGOV"), "dictionary", "groups.txt:10"),
            ],
            Mentions =
            [
                new Mention(Find("GNA"), 1, MentionKind.Alias),
                new Mention(Find("Fathi Bashagha"), 0, MentionKind.Name),
                new Mention(Find("Turkey"), 2, MentionKind.Name),
                new Mention(Find("drones"), 3, MentionKind.Nominal),
                new Mention(Find("he said"), 0, MentionKind.Pronoun),
            ],
            Quotes =
            [
                new Quote(Find("We need help,"), QuoteKind.Direct, new Speaker("Fathi Bashagha", "Interior Minister", false, Find("he", Find("We need help").End), 0), Find("said", Find("We need help").End), "statement"),
                new Quote(Find("Turkey sent drones"), QuoteKind.Indirect, new Speaker("a source", null, true, null, null), null),
            ],
            Places =
            [
                new ResolvedPlace(Find("CAIRO"), "CAIRO", PlaceRole.Dateline, 360630, "Cairo", 30.06263, 31.24967, "EG", "PPLC", 0.99, [], "dateline: prior PPLC"),
                new ResolvedPlace(Find("Turkey"), "Turkey", PlaceRole.Mention, 298795, "Türkiye", 39, 35, "TR", "PCLI", 0.97,
                    [new PlaceCandidate(null, "Turkey", "US", "PPL", 34.39, -100.9, 0.02)], "entity: prior PCLI")
                {
                    EntityId = 2,
                    Bounds = new GeoBox(26, 36, 45, 42.1),
                },
                new ResolvedPlace(Find("drones"), "drones", PlaceRole.NotAPlace, null, null, null, null, null, null, 0, [], "not a place: test"),
            ],
            Diagnostics = [new Diagnostic("quotes.v1", DiagnosticCode.UnattributedQuote, Severity.Warning, "quote has no speaker", Find("Turkey")), new Diagnostic("reader", DiagnosticCode.MissingDate, Severity.Info, "no date")],
        };

        // The first event happened in Turkey (issue 4 point 5). Issue 8: actor types and generic actors, an ACLED coding
        // with casualties, a CASE label outside ACLED (no sub-event type) and an event with neither.
        var e0 = doc.Events[0];
        var e1 = doc.Events[1];
        var e2 = doc.Events[2];
        return doc with
        {
            Events =
            [
                e0 with
                {
                    Place = new EventPlace(doc.Places[1], GeoPrecision.Country, "clause"),
                    Source = e0.Source! with { Category = AcledActorCategory.ExternalOther, Rule = "category: foreign state" },
                    // Issue 10 point 3: a named speaker through a quote, with the document that carries the words.
                    AssertedBy = new Assertion(AssertionKind.Speaker, "Fathi Bashagha", ActorCode.Parse("LBYGOV"), Find("Fathi Bashagha"), 0, "quote") { Medium = "statement" },
                },
                e1 with
                {
                    Source = e1.Source! with { Category = AcledActorCategory.StateForces, Generic = true, Rule = "generic: Interior Minister" },
                    Acled = new AcledCoding(null, null, null, CaseLabel.DIPLO, 0.4, "acled-types.txt:60 DIPLO"),
                    AssertedBy = Assertion.Reporter,
                },
                e2 with
                {
                    Target = e2.Target! with { Category = AcledActorCategory.Civilians },
                    Acled = new AcledCoding(AcledEventType.Battles, AcledSubEventType.ArmedClash, AcledDisorderType.PoliticalViolence, CaseLabel.ARMED_CLASH, 0.8, "acled-types.txt:30 190"),
                    Fatalities = new CasualtyCount(6, Find("sent drones"), false, "number+killed"),
                    Injuries = new CasualtyCount(12, Find("drones"), true, "vague:dozens=12"),
                    AssertedBy = new Assertion(AssertionKind.Anonymous, "a source", null, null, 1, "quote"),
                },
            ],
        };
    }

    public static Document Plain(string id, string text) => new(id, text);

    public static ImmutableArray<Document> Batch(int n) => [.. Enumerable.Range(0, n).Select(i => Full($"doc-{i:D3}", Text + $"\n\nParagraph {i}."))];
}
