using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Corpus.Relations;

/// <summary>Turns one document's alignment layer into reports of corpus edges (issue 10 point 5). Pure.</summary>
public static class RelationEvidenceReader
{
    /// <summary>
    /// One report per alignment of <paramref name="document"/>, in layer order, dated with the document's date. Its
    /// source is the document alone (<see cref="RelationSources.Key"/> without a story): the store, which knows the
    /// stories, counts sources at query time.
    /// </summary>
    /// <param name="document">A document with its alignment layer (none: no reports).</param>
    public static ImmutableArray<RelationEvidence> Read(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = RelationSources.Key(document.Id, document.Metadata.Source, null, null);
        var reports = ImmutableArray.CreateBuilder<RelationEvidence>(document.Alignments.Length);
        foreach (var a in document.Alignments)
        {
            // The sentence holds the evidence (AlignmentExtractor); a span past the text would be a corrupt layer.
            var sentence = a.Sentence.Contains(a.Evidence) ? a.Sentence : a.Evidence;
            reports.Add(new RelationEvidence(RelationEdge.Of(a), document.Id, document.Metadata.Date, source, a.Evidence, sentence, document.TextOf(sentence), a.Rule));
        }

        return reports.MoveToImmutable();
    }
}
