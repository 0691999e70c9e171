using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// An event actor's name in ACLED's style (the <c>actor1</c>/<c>actor2</c> columns, issue 8 point 7). ACLED names state
/// organs by institution and country ("Military Forces of Libya", "Police Forces of Syria"), and unnamed actors by their
/// kind and country ("Rioters (India)", "Protesters (India)", "Unidentified Armed Group (Libya)"). The rule, in order:
/// <list type="number">
/// <item>A generic actor takes its ACLED-style label from the generic-actors layer (the phrase holding the actor's
/// words; else the actor's own name).</item>
/// <item>Any other actor whose code is exactly a country and a state agent (<c>LBYMIL</c>, <c>SYRCOP</c>,
/// <c>TURGOV</c>) is "Military Forces of", "Police Forces of" or "Government of" the country.</item>
/// <item>Any other rioters, protesters or civilians (by ACLED actor type) are "Rioters", "Protesters", "Civilians".</item>
/// <item>A label from 1 or 3 then gets its country: "… of Country" for state forces, "… (Country)" otherwise, unless
/// the label already names one (has " of " or "("). The country is the actor code's (its first three letters, when a
/// country), else the one the generic phrase names, else the event's; none when unknown.</item>
/// <item>Every other actor (a named person, group or country) keeps its name as the document gives it ("Turkey",
/// "Islamic State"). ACLED's dated suffixes ("(2014-)") are not written: the text does not give the regime's years.</item>
/// </list>
/// </summary>
internal static class AcledActorNames
{
    // CAMEO agent codes of the state organs ACLED names by institution (ACLED codebook, "State forces").
    private static readonly Dictionary<string, string> StateOrgans = new(StringComparer.Ordinal)
    {
        ["MIL"] = "Military Forces",
        ["COP"] = "Police Forces",
        ["GOV"] = "Government",
    };

    /// <summary>The ACLED-style name of <paramref name="actor"/>, or null for no actor.</summary>
    /// <param name="doc">The document, for its generic-actors layer.</param>
    /// <param name="actor">One side of the event.</param>
    /// <param name="eventCountry">The country the event happened in, if known.</param>
    /// <param name="geography">Country names by ISO code.</param>
    public static string? Of(Document doc, EventActor? actor, AcledCountry? eventCountry, AcledGeography geography)
    {
        if (actor is null)
        {
            return null;
        }

        var code = actor.Code.IsNull ? string.Empty : actor.Code.Value;
        var codeCountry = code.Length >= 3 ? geography.CountryOfIso3(code[..3]) : null;
        if (actor.Generic)
        {
            var generic = doc.GenericActors.FirstOrDefault(g => g.Span.Contains(actor.Span));
            var country = codeCountry ?? geography.CountryOfIso3(generic?.Country) ?? eventCountry;
            return WithCountry(generic?.Name ?? actor.Name, actor.Category, country);
        }

        if (codeCountry is not null && code.Length == 6 && StateOrgans.TryGetValue(code[3..], out var organ))
        {
            return $"{organ} of {codeCountry.Name}";
        }

        return actor.Category is AcledActorCategory.Rioters or AcledActorCategory.Protesters or AcledActorCategory.Civilians
            ? WithCountry(AcledNames.Of(actor.Category)!, actor.Category, codeCountry ?? eventCountry)
            : actor.Name;
    }

    private static string WithCountry(string label, AcledActorCategory category, AcledCountry? country)
    {
        if (country is null || label.Contains(" of ", StringComparison.Ordinal) || label.Contains('(', StringComparison.Ordinal))
        {
            return label;
        }

        return category == AcledActorCategory.StateForces ? $"{label} of {country.Name}" : $"{label} ({country.Name})";
    }
}
