using Sitrep.Core.Model;
using Sitrep.Extraction.Actors.Generic;
using Sitrep.Extraction.Events.Acled;
using Sitrep.Extraction.Events.Assertions;
using Sitrep.Extraction.Events.Documents;
using Sitrep.Extraction.Quotes;
using Sitrep.Extraction.Tests.Events.Documents;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Assertions;

/// <summary>
/// Runs the assertion stage over hand-placed fictional actors (<see cref="EventTestKit.Fictional"/>) with the layers it
/// reads made by their own stages (quotes, unnamed actors, events), so golden cases test who asserts, not who is named.
/// </summary>
internal static class AssertionTestKit
{
    private static readonly Lazy<QuoteAttributor> Quotes = new(() => new QuoteAttributor(Catalog.QuoteLexicon()));
    private static readonly Lazy<GenericActorFinder> Generic = new(() => new GenericActorFinder(Catalog.GenericActorLexicon()));
    private static readonly Lazy<EventCoder> Coder = new(() => new EventCoder(Catalog.EventDictionary(), null, Catalog.AcledResources(withModel: false)));
    private static readonly Lazy<EventAsserter> Asserter = new(() => new EventAsserter(Catalog.QuoteLexicon()));

    /// <summary>The document with its events asserted.</summary>
    public static Document Assert(string text)
    {
        var doc = Quotes.Value.Process(EventTestKit.Place(text), CancellationToken.None);
        doc = Generic.Value.Process(doc, CancellationToken.None).WithLayer(LayerKind.GenericActors);
        return Asserter.Value.Process(Coder.Value.Process(doc, CancellationToken.None), CancellationToken.None);
    }

    /// <summary>
    /// One line per event, sorted: <c>MOR>GON:190 anonymous "officials" q0 [Reuters]</c>: the event, the kind, the
    /// asserter's words (the name when they are a pronoun or absent), the quote index and the medium.
    /// </summary>
    public static string Dump(string text)
    {
        var doc = Assert(text);
        return string.Join("; ", doc.Events.Select(e => $"{e.Source?.Code.Value ?? "-"}>{e.Target?.Code.Value ?? "-"}:{e.Code} {Describe(doc, e.AssertedBy!)}").Order(StringComparer.Ordinal));
    }

    private static string Describe(Document doc, Assertion a) => a.Kind == AssertionKind.Reporter ? "reporter"
        : $"{a.Kind.ToString().ToLowerInvariant()} \"{(a.Span is { } s ? doc.TextOf(s) : a.Name)}\"{(a.Quote is { } q ? $" q{q}" : string.Empty)}{(a.Medium is { } m ? $" [{m}]" : string.Empty)}";
}
