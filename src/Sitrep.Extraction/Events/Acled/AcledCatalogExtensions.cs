using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Codebook;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>Loads the ACLED data files through the <see cref="DataCatalog"/> (STYLE A7).</summary>
public static class AcledCatalogExtensions
{
    private const string TaxonomyKey = "acled-types";
    private const string CuesKey = "acled-cues";
    private const string ModelKey = "acled-typer";

    /// <summary>The ACLED typology from <c>data/events/acled-types.txt</c>, built once per catalog and shared.</summary>
    /// <exception cref="DataFileException">When the file is missing or a line is malformed; the message names file and line.</exception>
    public static AcledTaxonomy AcledTaxonomy(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(TaxonomyKey, c => Acled.AcledTaxonomy.Load(c.File(Acled.AcledTaxonomy.RelativePath), c.CameoCodebook()));
    }

    /// <summary>The cue lexicon from <c>data/events/acled-cues.txt</c>, built once per catalog and shared.</summary>
    /// <exception cref="DataFileException">When the file is missing or a line is malformed.</exception>
    public static AcledCueLexicon AcledCues(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(CuesKey, c => AcledCueLexicon.Load(c.File(AcledCueLexicon.RelativePath)));
    }

    /// <summary>The trained typer from <c>data/models/acled-typer.txt</c>, or null when the file is absent (the typer then uses its rules).</summary>
    /// <exception cref="DataFileException">When the file is malformed.</exception>
    public static AcledModel? AcledModel(this DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Get(ModelKey, c => File.Exists(Path.Combine(c.Root, DataCatalog.DataFolder, Acled.AcledModel.RelativePath))
            ? new Box(Acled.AcledModel.Load(c.File(Acled.AcledModel.RelativePath)))
            : new Box(null)).Model;
    }

    /// <summary>Everything the event coder needs for ACLED coding, with the gazetteer's country codes.</summary>
    public static AcledResources AcledResources(this DataCatalog catalog, bool withModel = true)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var gazetteer = catalog.Gazetteer();
        return new AcledResources(catalog.AcledTaxonomy(), catalog.AcledCues(), withModel ? catalog.AcledModel() : null, gazetteer.Iso3OfCountry);
    }

    private sealed record Box(AcledModel? Model);
}
