namespace Sitrep.Extraction.Places;

/// <summary>Settings of the <see cref="Geocoder"/>; the defaults are the tuned values (named constants).</summary>
public sealed record GeocoderOptions
{
    /// <summary>Default of <see cref="MaxCandidates"/>.</summary>
    public const int DefaultMaxCandidates = 25;

    /// <summary>Default of <see cref="RunnerUps"/>.</summary>
    public const int DefaultRunnerUps = 3;

    /// <summary>Places scored per mention, best prior first.</summary>
    public int MaxCandidates { get; init; } = DefaultMaxCandidates;

    /// <summary>Runner-up candidates kept per resolved place (issue 4 point 4).</summary>
    public int RunnerUps { get; init; } = DefaultRunnerUps;

    /// <summary>Score added in proportion to the share of the document's country evidence the candidate's country has.</summary>
    public double CountryShareWeight { get; init; } = 4;

    /// <summary>Score added when the candidate's country is named in the document at all.</summary>
    public double CountryMentionedBonus { get; init; } = 1;

    /// <summary>Score added when a qualifier ("Tripoli, Lebanon") names the candidate's country or division; subtracted when it names another.</summary>
    public double QualifierWeight { get; init; } = 10;

    /// <summary>Score added when another place of the document lies in the candidate's first-level division.</summary>
    public double Admin1Bonus { get; init; } = 2.5;

    /// <summary>Score added when the candidate lies in a second-level division (county, district) another place of the document is; on top of <see cref="Admin1Bonus"/>.</summary>
    public double Admin2Bonus { get; init; } = 2.5;

    /// <summary>Score added for a candidate within 25 km of another place of the document (2/3 of it within 100 km, 1/3 within 300 km).</summary>
    public double ProximityWeight { get; init; } = 3;

    /// <summary>Weight of a dateline's country in the document's country evidence (a body mention weighs 1).</summary>
    public double DatelineCountryWeight { get; init; } = 0.5;

    /// <summary>Weight of an actor code's or a nationality's country in the document's country evidence.</summary>
    public double ActorCountryWeight { get; init; } = 0.5;

    /// <summary>A first-level division loses <see cref="SeatCityDemotion"/> when a city of this many people inside it (a tenth of it for the division's seat) has the same name.</summary>
    public long SeatCityPopulation { get; init; } = 1_000_000;

    /// <summary>Bonus of a list member's candidates of the kind most of its fellow members are ("Tamil Nadu, Karnataka, Kerala and Puducherry"); above <see cref="SeatCityDemotion"/>, so a division named in a list of divisions stays one.</summary>
    public double ListKindWeight { get; init; } = 3.5;

    /// <summary>See <see cref="SeatCityPopulation"/>.</summary>
    public double SeatCityDemotion { get; init; } = 3;

    /// <summary>Weight, in the second pass, of the country of each confident town or city of the document.</summary>
    public double PlaceCountryWeight { get; init; } = 0.5;

    /// <summary>A country name counts as evidence of its country only when no other place holding the name has a prior within this margin.</summary>
    public double UnambiguousCountryMargin { get; init; } = 6;

    /// <summary>A pick at least this confident anchors proximity and division evidence for the others.</summary>
    public double AnchorConfidence { get; init; } = 0.6;
}
