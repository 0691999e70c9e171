using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Store.Tests.Corpus;

/// <summary>Hand-built documents whose events layer holds given events (issue 10 point 2 tests).</summary>
internal static class EventDocuments
{
    public const string Text = "Forces shelled Tripoli and Misrata in Libya on Monday.";

    private static readonly ImmutableArray<ResolvedPlace> Places =
    [
        Place("Tripoli", 2210247, "Tripoli", 32.8925, 13.18, "PPLC"),
        Place("Misrata", 2214846, "Misratah", 32.3754, 15.0925, "PPLA"),
        Place("Libya", 2215636, "Libya", 28.0, 17.0, "PCLI"),
    ];

    /// <summary>One event: source and target codes (empty: none), CAMEO code, place (Tripoli, Misrata, Libya or null) and day of January 2020 (null: undated).</summary>
    public sealed record Spec(string Source, string Target, string Code, string? Place, int? Day);

    public static Document With(string id, DateOnly date, string? outlet, params Spec[] events)
    {
        var at = Text.IndexOf("shelled", StringComparison.Ordinal);
        var trigger = new TextSpan(at, at + "shelled".Length);
        var sentence = new TextSpan(0, Text.Length);
        EventActor? Actor(string code) => code.Length == 0 ? null : new EventActor(ActorCode.Parse(code), code, new TextSpan(0, 6), null);
        EventPlace? Where(string? name) => name is null ? null
            : Places.First(p => p.Text == name) is var p ? new EventPlace(p, p.Feature == "PCLI" ? GeoPrecision.Country : GeoPrecision.City, "sentence") : null;
        return new Document(id, Text, new DocumentMetadata { Date = date, Source = outlet, Title = id })
        {
            Layers = [LayerKind.Places, LayerKind.Events],
            Places = Places,
            Events =
            [
                .. events.Select(e => new DocumentEvent(
                    Actor(e.Source), Actor(e.Target), EventCode.Parse(e.Code), -9, PloverCategory.Assault, trigger, sentence, sentence,
                    e.Day is { } d ? new EventDate(new DateOnly(2020, 1, d), new DateOnly(2020, 1, d), DatePrecision.Day, new TextSpan(Text.Length - 7, Text.Length - 1), "weekday") : null,
                    0.8, "events/verbs.txt:1", false) { Place = Where(e.Place) }),
            ],
        };
    }

    private static ResolvedPlace Place(string text, long id, string name, double lat, double lon, string feature)
    {
        var at = Text.IndexOf(text, StringComparison.Ordinal);
        return new ResolvedPlace(new TextSpan(at, at + text.Length), text, PlaceRole.Mention, id, name, lat, lon, "LY", feature, 0.9, [], "test");
    }
}
