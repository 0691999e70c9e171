using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Extraction.Places;

/// <summary>
/// Chooses a gazetteer entry for each place mention using the document as context (issue 4 point 3): the entry's
/// prior (feature class and population, <see cref="FeaturePriors"/>), the document's country evidence, a qualifier
/// in the same phrase, then (second pass) the divisions and points of the document's other confident places; one
/// name keeps one meaning through the document. Pure: the result depends only on its inputs (STYLE A5).
/// </summary>
internal sealed class PlaceResolver(Gazetteer gazetteer, GeoLexicon geo, GeocoderOptions options)
{
    private static readonly string[] GenericTails = [" state", " province", " region", " governorate", " district", " city", " oblast"];

    /// <summary>Resolves the mentions found in <paramref name="document"/>, in their order.</summary>
    public ImmutableArray<ResolvedPlace> Resolve(Document document, List<PlaceMention> mentions, CancellationToken cancellationToken)
    {
        var items = new Item[mentions.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Prepare(document.Text, mentions[i]);
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (mentions[i].Qualifier >= 0)
            {
                items[mentions[i].Qualifier].QualifierOf = i;
            }
        }

        var context = new PlaceContext(gazetteer);
        foreach (var item in items)
        {
            if (UnambiguousCountry(item) is var c and > 0)
            {
                context.AddCountry(c, item.Mention.Role switch
                {
                    PlaceRole.Mention or PlaceRole.Metonymy => 1,
                    PlaceRole.Dateline => options.DatelineCountryWeight,
                    _ => 0,
                });
            }
        }

        context.AddActorsAndNationalities(document, options.ActorCountryWeight);
        foreach (var item in items)
        {
            Score(item, items, context, secondPass: false);
        }

        // "Tamil Nadu, Karnataka, Kerala and Puducherry": coordinated names are of one kind (PlaceLists).
        foreach (var i in PlaceLists.Apply(gazetteer, options, items, PlaceLists.Find(document.Text, items)))
        {
            Score(items[i], items, context, secondPass: false);
        }

        DatelineDivision(items);
        foreach (var item in items)
        {
            if (item.Pick >= 0 && item.Confidence >= options.AnchorConfidence && item.Mention.Role is PlaceRole.Mention or PlaceRole.Metonymy or PlaceRole.Dateline)
            {
                var entry = item.Postings[item.Pick] >> 2;
                context.AddAnchor(item.Key!, entry);
                if (item.Postings.Length == 1)
                {
                    context.AddNamed(item.Key!, entry);
                }

                if (FeaturePriors.IsPopulatedPlace(gazetteer.FeatureCode(entry)))
                {
                    context.AddCountry(gazetteer.CountryIndexAt(entry), options.PlaceCountryWeight, item.Key!);
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        foreach (var item in items)
        {
            Score(item, items, context, secondPass: true);
        }

        // A county or district is rarely sure before the second pass ("Morris County" is in six states); once it is,
        // the towns inside it are scored again with that containment.
        var containers = false;
        foreach (var item in items)
        {
            if (item.Pick >= 0 && item.Confidence >= options.AnchorConfidence && item.Mention.Role is PlaceRole.Mention or PlaceRole.Metonymy or PlaceRole.Dateline)
            {
                containers |= context.AddContainer(item.Key!, item.Postings[item.Pick] >> 2);
            }
        }

        if (containers)
        {
            foreach (var item in items)
            {
                Score(item, items, context, secondPass: true);
            }
        }

        OneSensePerName(items);
        var misfits = new PlaceMisfits(gazetteer, options);
        misfits.Review(items, context);
        new PlaceContainers(gazetteer, geo, this, misfits).Resolve(document.Text, items, context);
        var result = ImmutableArray.CreateBuilder<ResolvedPlace>(items.Length);
        foreach (var item in items)
        {
            result.Add(PlaceOutput.Build(gazetteer, options, document.Text, item, items, context));
        }

        return result.MoveToImmutable();
    }

    // "CAMP MURRAY, Wash. — … at home in Washington": the division a dateline's qualifier names is what the body's
    // bare name of it means, as a qualified mention leans its name's other mentions (OneSensePerName), above the
    // namesake city the division holds.
    private void DatelineDivision(Item[] items)
    {
        foreach (var q in items)
        {
            if (q.Mention.Role != PlaceRole.Dateline || q.QualifierOf < 0 || q.Pick < 0 || gazetteer.FeatureCode(q.Postings[q.Pick] >> 2) != "ADM1")
            {
                continue;
            }

            var division = q.Postings[q.Pick] >> 2;
            foreach (var item in items)
            {
                if (item.Mention.Role == PlaceRole.Dateline || item.Mention.Qualifier >= 0)
                {
                    continue;
                }

                for (var k = 0; k < item.Postings.Length; k++)
                {
                    if (item.Postings[k] >> 2 == division && (NameKind)(item.Postings[k] & 3) <= NameKind.Official)
                    {
                        item.Adjust ??= new double[item.Postings.Length];
                        item.Adjust[k] += options.QualifierWeight / 2;
                    }
                }
            }
        }
    }

    /// <summary>Prepares a mention for scoring: its key, candidates and prior corrections.</summary>
    internal Item Prepare(string text, PlaceMention mention)
    {
        var item = new Item(mention);
        if (mention.Role == PlaceRole.NotAPlace)
        {
            return item;
        }

        var raw = text.AsSpan(mention.Span.Start, mention.Span.Length);
        if (raw.Length > 2 && raw[^1] is 's' && PlaceNames.IsApostrophe(raw[^2]))
        {
            raw = raw[..^2];
        }

        var key = PlaceNames.Key(raw);
        var postings = key is null ? [] : gazetteer.Find(key);
        if (postings.IsEmpty && key is not null)
        {
            foreach (var variant in Variants(key))
            {
                postings = gazetteer.Find(variant);
                if (!postings.IsEmpty)
                {
                    key = variant;
                    break;
                }
            }
        }

        item.Key = key;
        item.Postings = postings[..Math.Min(postings.Length, options.MaxCandidates)].ToArray();
        item.Scores = new double[item.Postings.Length];
        item.Adjust = key is null ? null : SeatCityAdjustments(key, item.Postings);
        return item;
    }

    // "New York", "Buenos Aires", "Geneva": a division named after a city of a million people inside it, or after its
    // seat of a hundred thousand, means the city. The seat may hold the name only as an alternate, the English form
    // of its own ("Geneva" for GeoNames' "Genève", whose canton GeoNames calls "Geneva"): the division is named after
    // it all the same, so the seat takes the name without the alternate's penalty. Not when the alternate is a part or
    // a longer form of the city's own name: "Oklahoma" for Oklahoma City, "Washington, D.C." for Washington name the
    // division, not the city.
    internal double[]? SeatCityAdjustments(string key, int[] postings)
    {
        double[]? adjust = null;
        for (var k = 0; k < postings.Length; k++)
        {
            var entry = postings[k] >> 2;
            if (gazetteer.FeatureCode(entry) != "ADM1")
            {
                continue;
            }

            for (var j = 0; j < postings.Length; j++)
            {
                var city = postings[j] >> 2;
                var kind = (NameKind)(postings[j] & 3);
                var cityCode = gazetteer.FeatureCode(city);
                var population = gazetteer.Tables.Populations[city];
                var seat = cityCode is "PPLA" or "PPLC" && population >= options.SeatCityPopulation / 10;
                if ((kind <= NameKind.Official || (seat && kind == NameKind.Alternate && IsExonym(key, city))) && FeaturePriors.IsPopulatedPlace(cityCode)
                    && (population >= options.SeatCityPopulation || seat)
                    && gazetteer.CountryIndexAt(city) == gazetteer.CountryIndexAt(entry) && gazetteer.Admin1IndexAt(city) == gazetteer.Admin1IndexAt(entry))
                {
                    adjust ??= new double[postings.Length];
                    adjust[k] = -options.SeatCityDemotion;
                    adjust[j] += FeaturePriors.NamePenalty(kind);
                    break;
                }
            }
        }

        return adjust;
    }

    // Another form of the city's own name, neither containing it nor contained in it ("geneva" for "Genève").
    private bool IsExonym(string key, int city) =>
        PlaceNames.Key(gazetteer.NameAt(city)) is { } own && !own.Contains(key, StringComparison.Ordinal) && !key.Contains(own, StringComparison.Ordinal);

    private static IEnumerable<string> Variants(string key)
    {
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            yield return key[4..];
        }

        foreach (var tail in GenericTails)
        {
            if (key.EndsWith(tail, StringComparison.Ordinal) && key.Length > tail.Length + 2)
            {
                yield return key[..^tail.Length];
            }
        }
    }

    // A country named so that nothing else of comparable prior shares the name ("Libya"; not "Georgia").
    private ushort UnambiguousCountry(Item item)
    {
        if (item.Postings.Length == 0 || item.Mention.Qualifier >= 0)
        {
            return 0;
        }

        var top = item.Postings[0] >> 2;
        if (!FeaturePriors.IsCountry(gazetteer.FeatureCode(top)) || (NameKind)(item.Postings[0] & 3) > NameKind.Official)
        {
            return 0;
        }

        // Ambiguous when another place holds the name as its own (not as an alternate) with a prior near the country's.
        var topPrior = gazetteer.PriorAt(top);
        for (var k = 1; k < item.Postings.Length; k++)
        {
            var p = item.Postings[k];
            if ((NameKind)(p & 3) <= NameKind.Official && topPrior - gazetteer.PriorAt(p >> 2) < options.UnambiguousCountryMargin)
            {
                return 0;
            }
        }

        return gazetteer.CountryIndexAt(top);
    }

    /// <summary>Scores every candidate of a mention and picks the best.</summary>
    internal void Score(Item item, Item[] items, PlaceContext context, bool secondPass)
    {
        if (item.Postings.Length == 0)
        {
            return;
        }

        var qualifier = item.Mention.Qualifier >= 0 && items[item.Mention.Qualifier].Pick >= 0
            ? items[item.Mention.Qualifier].Postings[items[item.Mention.Qualifier].Pick] >> 2
            : -1;
        // "Mexico" is the country even in a story that also names Mexico City: a place that holds a country's own
        // name only as an alternate gets no help from the document's other places (second-pass bonuses).
        var country = secondPass ? UnambiguousCountry(item) : (ushort)0;
        for (var k = 0; k < item.Postings.Length; k++)
        {
            var contextual = secondPass && !(country > 0 && (NameKind)(item.Postings[k] & 3) >= NameKind.Alternate);
            item.Scores[k] = Evidence.Of(gazetteer, options, context, item.Postings[k], item.Key!, qualifier, contextual).Total + (item.Adjust?[k] ?? 0)
                + (item.QualifierOf >= 0 ? AsQualifier(item.Postings[k] >> 2, items[item.QualifierOf]) : 0);
        }

        item.SetPick();
    }

    // "Tacoma, Washington": in a qualifier's place, a country or division is meant, above all one holding a reading of the head.
    // A head no entry has (a facility, a street) is qualified by its town as often as by a division ("Ramor Theatre,
    // Virginia" in a story of County Cavan): nothing favours a division then.
    private double AsQualifier(int entry, Item head)
    {
        if (head.Postings.Length == 0)
        {
            return 0;
        }

        var code = gazetteer.FeatureCode(entry);
        var isCountry = FeaturePriors.IsCountry(code);
        if (!isCountry && code != "ADM1")
        {
            return 0;
        }

        foreach (var p in head.Postings)
        {
            var h = p >> 2;
            if (gazetteer.CountryIndexAt(h) == gazetteer.CountryIndexAt(entry) && (isCountry || gazetteer.Admin1IndexAt(h) == gazetteer.Admin1IndexAt(entry)))
            {
                return options.QualifierWeight;
            }
        }

        return options.QualifierWeight / 2;
    }

    // One name, one meaning: mentions of the same name without a qualifier share the choice the group's summed
    // scores make, leaning towards what a qualified mention of the name chose ("Paris, Texas … Paris").
    private void OneSensePerName(Item[] items)
    {
        Dictionary<string, List<Item>>? groups = null;
        var seen = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Key is not { } key || item.Postings.Length == 0 || item.Mention.Role == PlaceRole.NotAPlace)
            {
                continue;
            }

            if (!seen.TryAdd(key, item))
            {
                groups ??= new Dictionary<string, List<Item>>(StringComparer.Ordinal);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [seen[key]];
                }

                list.Add(item);
            }
        }

        foreach (var members in groups?.Values ?? Enumerable.Empty<List<Item>>())
        {
            var free = members.FindAll(m => m.Mention.Qualifier < 0 && m.QualifierOf < 0);
            if (free.Count == 0)
            {
                continue;
            }

            var sums = new double[free[0].Postings.Length];
            foreach (var m in free)
            {
                for (var k = 0; k < sums.Length; k++)
                {
                    sums[k] += m.Scores[k] / free.Count;
                }
            }

            foreach (var q in members)
            {
                if (q.Mention.Qualifier >= 0 && Array.IndexOf(free[0].Postings, q.Postings[q.Pick]) is var k and >= 0)
                {
                    sums[k] += options.QualifierWeight / 2;
                }
            }

            foreach (var m in free)
            {
                sums.CopyTo(m.Scores, 0);
                m.SetPick();
            }
        }
    }

    /// <summary>A mention during resolution: its key, candidate postings, their scores and the pick.</summary>
    internal sealed class Item(PlaceMention mention)
    {
        public PlaceMention Mention { get; } = mention;

        public string? Key { get; set; }

        public int[] Postings { get; set; } = [];

        public double[] Scores { get; set; } = [];

        /// <summary>Index of the mention this one qualifies ("Lebanon" in "Tripoli, Lebanon"), or -1.</summary>
        public int QualifierOf { get; set; } = -1;

        /// <summary>For a name no entry has, the place the text puts it in ("Collins Avenue in Miami Beach"), resolved.</summary>
        public Item? Container { get; set; }

        /// <summary>True when <see cref="Container"/> is the document's nearest locality, not a place the text puts the name in.</summary>
        public bool Near { get; set; }

        /// <summary>Per-candidate corrections of the prior (a division named after its big city).</summary>
        public double[]? Adjust { get; set; }

        /// <summary>The kind of place the mention's fellow list members are, when they agreed on one (<see cref="PlaceLists"/>).</summary>
        public PlaceLists.Kind ListedWith { get; set; }

        /// <summary>Why the pick was changed or dropped as not fitting the document's geography (<see cref="PlaceMisfits"/>), or null.</summary>
        public string? Misfit { get; set; }

        public int Pick { get; private set; } = -1;

        public double Confidence { get; private set; }

        /// <summary>Picks the best score and sets the confidence to its softmax share.</summary>
        public void SetPick()
        {
            var best = 0;
            for (var k = 1; k < Scores.Length; k++)
            {
                if (Scores[k] > Scores[best])
                {
                    best = k;
                }
            }

            var sum = 0.0;
            foreach (var s in Scores)
            {
                sum += Math.Exp(s - Scores[best]);
            }

            Pick = best;
            Confidence = 1 / sum;
        }

        /// <summary>Makes candidate <paramref name="k"/> the pick, whatever the scores say, with its softmax share as confidence.</summary>
        public void Choose(int k)
        {
            var share = Share(k);
            Pick = k;
            Confidence = share;
        }

        /// <summary>Leaves the mention without a pick (the candidates stay).</summary>
        public void Drop()
        {
            Pick = -1;
            Confidence = 0;
        }

        /// <summary>The softmax share of candidate <paramref name="k"/>.</summary>
        public double Share(int k)
        {
            var sum = 0.0;
            foreach (var s in Scores)
            {
                sum += Math.Exp(s - Scores[Pick]);
            }

            return Math.Exp(Scores[k] - Scores[Pick]) / sum;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Key}: {Postings.Length} candidates, pick {Pick} ({Confidence:0.00})");
    }
}
