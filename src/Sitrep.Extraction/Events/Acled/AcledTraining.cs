using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// Turns analysed, labelled documents into training examples for <see cref="AcledTrainer"/>, and re-types a document's
/// events with another model (for cross-validation). Every event the typer coded in a labelled document is an example
/// of the document's label, weighted 1/n for a document with n such events, so that each record counts once.
/// </summary>
public static class AcledTraining
{
    /// <summary>True when the event was found by an ACLED cue alone (<see cref="AcledCueLexicon"/>), not by a verb pattern.</summary>
    public static bool IsAnchored(DocumentEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Rule.StartsWith(AcledCueLexicon.RelativePath, StringComparison.Ordinal);
    }

    /// <summary>The examples of one analysed document labelled <paramref name="gold"/> (none when no event has an ACLED coding).</summary>
    public static IEnumerable<AcledExample> Examples(Document document, CaseLabel gold, AcledTyper typer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(typer);
        var typed = document.Events.Where(e => e.Acled is not null).ToList();
        foreach (var e in typed)
        {
            var view = AcledEventView.Of(document, e, typer.Resources.Cues, IsAnchored(e));
            yield return new AcledExample(typer.Features(view), gold, 1.0 / typed.Count, document.Id);
        }
    }

    /// <summary>The document with every ACLED coding recomputed by <paramref name="typer"/>.</summary>
    public static Document Retype(Document document, AcledTyper typer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(typer);
        var events = document.Events.Select(e => e.Acled is null ? e : e with { Acled = typer.Type(AcledEventView.Of(document, e, typer.Resources.Cues, IsAnchored(e))) });
        return document with { Events = [.. events] };
    }

    /// <summary>Splits record ids into <paramref name="folds"/> folds by a stable hash, so that a record's events stay together.</summary>
    public static int FoldOf(string id, int folds)
    {
        ArgumentNullException.ThrowIfNull(id);
        var h = 2166136261u;
        foreach (var c in id)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h % (uint)folds);
    }

    /// <summary>The examples of every document with its label.</summary>
    public static ImmutableArray<AcledExample> Examples(IEnumerable<(Document Document, CaseLabel Gold)> labelled, AcledTyper typer)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        return [.. labelled.SelectMany(x => Examples(x.Document, x.Gold, typer))];
    }
}
