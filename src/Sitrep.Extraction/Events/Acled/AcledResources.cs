namespace Sitrep.Extraction.Events.Acled;

/// <summary>What the event coder needs to code events in ACLED's terms (issue 8): the typology, the cue lexicon, the
/// trained model (null: rules only) and the map from ISO alpha-2 to alpha-3 country codes (for actors' countries).</summary>
/// <param name="Taxonomy">The ACLED/CASE/CAMEO/PLOVER mapping.</param>
/// <param name="Cues">The cue lexicon.</param>
/// <param name="Model">The trained typer, or null to type by the hand-written rules alone.</param>
/// <param name="Iso3">ISO alpha-2 → alpha-3 (<c>IN</c> → <c>IND</c>), null when unknown.</param>
public sealed record AcledResources(AcledTaxonomy Taxonomy, AcledCueLexicon Cues, AcledModel? Model, Func<string?, string?> Iso3);
