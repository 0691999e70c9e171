using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Gazetteers;
using Sitrep.Extraction.Places;
using Sitrep.Text;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// A small hand-made gazetteer (real GeoNames ids for the places the tests name, synthetic ids from 90,000,000 for
/// namesakes) and a pipeline of text, entities and the geocoder over it: geocoder logic is tested without depending on
/// the size of the real gazetteer (STYLE §5).
/// </summary>
internal static class GeoTestKit
{
    private static readonly Lazy<Gazetteer> LazyGazetteer = new(BuildGazetteer);
    private static readonly Lazy<Pipeline> LazyPipeline = new(() => new PipelineBuilder().UseText().UseEntities(Catalog).Add(Geocoder).Build());

    public static Gazetteer Gazetteer => LazyGazetteer.Value;

    public static Geocoder Geocoder => new(Gazetteer, GeoLexicon.Load(Catalog), Catalog.EntityLexicon());

    public static Document Geocode(string text) => LazyPipeline.Value.Process(new Document("t", text));

    /// <summary>Text, entities and the geocoder over <paramref name="gazetteer"/>: for tests with a constructed gazetteer of their own.</summary>
    public static Pipeline PipelineOver(Gazetteer gazetteer) =>
        new PipelineBuilder().UseText().UseEntities(Catalog).Add(new Geocoder(gazetteer, GeoLexicon.Load(Catalog), Catalog.EntityLexicon())).Build();

    /// <summary>The resolved places whose text is <paramref name="text"/>.</summary>
    public static List<ResolvedPlace> Named(Document doc, string text) =>
        [.. doc.Places.Where(p => string.Equals(p.Text, text, StringComparison.Ordinal))];

    public static Gazetteer BuildGazetteer()
    {
        var b = new GazetteerBuilder();
        Country(b, "LY", "LBY", 2215636, "Libya", 25, 17, new GeoBox(9.3, 19.5, 25.2, 33.2), "Libyan");
        Country(b, "LB", "LBN", 272103, "Lebanon", 33.83, 35.83, new GeoBox(35.1, 33.05, 36.6, 34.7), "Lebanese");
        Country(b, "EG", "EGY", 357994, "Egypt", 27, 30, new GeoBox(24.7, 22, 36.9, 31.7), "Egyptian");
        Country(b, "US", "USA", 6252001, "United States", 38, -97, new GeoBox(-125, 24, -66, 49.4), "American", "U.S.", "US");
        Country(b, "TR", "TUR", 298795, "Türkiye", 39, 35, new GeoBox(26, 36, 45, 42.1), "Turkish", "Turkey");
        Country(b, "GE", "GEO", 614540, "Georgia", 42, 43.5, new GeoBox(40, 41, 46.7, 43.6), "Georgian");
        Country(b, "FR", "FRA", 3017382, "France", 46, 2, new GeoBox(-5, 42.3, 8.2, 51.1), "French");
        City(b, 2210247, "Tripoli", 32.8874, 13.1873, "PPLC", "LY", "77", 1_150_989);
        City(b, 266826, "Tripoli", 34.4335, 35.8442, "PPLA", "LB", "09", 229_398);
        City(b, 90_000_001, "Tripoli", 42.808, -92.2582, "PPL", "US", "IA", 1_342);
        var misrata = City(b, 2214846, "Mişrātah", 32.3754, 15.0925, "PPLA", "LY", "72", 386_120);
        b.AddName(misrata, "Misrata", NameKind.Alternate);
        City(b, 88319, "Benghazi", 32.1167, 20.0667, "PPLA", "LY", "54", 650_629);
        City(b, 276781, "Beirut", 33.8933, 35.5016, "PPLC", "LB", "04", 1_916_100);
        City(b, 360630, "Cairo", 30.0626, 31.2497, "PPLC", "EG", "11", 9_606_916);
        City(b, 4140963, "Washington", 38.8951, -77.0364, "PPLC", "US", "DC", 689_545);
        City(b, 2988507, "Paris", 48.8534, 2.3488, "PPLC", "FR", "11", 2_138_551);
        City(b, 4717560, "Paris", 33.6609, -95.5555, "PPLA2", "US", "TX", 24_782);
        City(b, 4180439, "Atlanta", 33.749, -84.388, "PPLA", "US", "GA", 498_715);
        City(b, 90_000_002, "Turkey", 34.3929, -100.8971, "PPL", "US", "TX", 421);
        City(b, 323786, "Ankara", 39.9199, 32.8543, "PPLC", "TR", "68", 3_517_182);
        Country(b, "ZW", "ZWE", 878675, "Zimbabwe", -19, 29.75, new GeoBox(25.2, -22.5, 33.1, -15.6), "Zimbabwean");
        Country(b, "NG", "NGA", 2328926, "Nigeria", 10, 8, new GeoBox(2.7, 4.2, 14.7, 13.9), "Nigerian");
        Country(b, "IE", "IRL", 2963597, "Ireland", 53, -8, new GeoBox(-10.5, 51.4, -6, 55.4), "Irish");
        Country(b, "GB", "GBR", 2635167, "United Kingdom", 54.76, -2.7, new GeoBox(-8.6, 49.9, 1.8, 60.9), "British");
        Country(b, "CA", "CAN", 6251999, "Canada", 60, -95, new GeoBox(-141, 41.7, -52.6, 83.1), "Canadian");
        City(b, 890299, "Harare", -17.8294, 31.0539, "PPLC", "ZW", "10", 1_542_813);
        City(b, 894701, "Bulawayo", -20.15, 28.5833, "PPLA", "ZW", "09", 699_385);
        b.Add(new GazetteerPlace(2565341, "Delta", 5.5, 6, "ADM1", "NG", "36", 0));
        City(b, 90_000_003, "Delta", 39.3522, -112.5772, "PPL", "US", "UT", 3_436);
        b.Add(new GazetteerPlace(90_000_004, "Centre", 47.5, 1.75, "ADM1", "FR", "24", 0));
        City(b, 90_000_005, "Igbo", 6.45, 7.5, "PPL", "NG", "14", 12_000);
        City(b, 359796, "Alexandria", 31.2018, 29.9158, "PPLA", "EG", "06", 3_811_516);
        City(b, 2965535, "Cavan", 53.9908, -7.3606, "PPLA2", "IE", "C", 6_388);
        City(b, 2961006, "Virginia", 53.8339, -7.0756, "PPL", "IE", "C", 2_648);
        City(b, 2964574, "Dublin", 53.3331, -6.2489, "PPLC", "IE", "L", 1_024_027);
        b.Add(new GazetteerPlace(6254928, "Virginia", 37.4316, -78.6569, "ADM1", "US", "VA", 0));
        City(b, 90_000_006, "Kinnitty", 53.0975, -7.7194, "PPL", "IE", "23", 350);
        City(b, 90_000_007, "Fillmore", 38.9686, -112.3233, "PPLA2", "US", "UT", 2_435);
        City(b, 90_000_008, "Near West Side", 41.8748, -87.6651, "PPLX", "US", "IL", 54_881);
        City(b, 2643743, "London", 51.5085, -0.1257, "PPLC", "GB", "ENG", 8_961_989);
        City(b, 2638077, "Slough", 51.5095, -0.5954, "PPLA2", "GB", "ENG", 164_455);
        City(b, 2633858, "Windsor", 51.4833, -0.6, "PPL", "GB", "ENG", 32_184);
        City(b, 6182962, "Windsor", 42.3001, -83.0165, "PPL", "CA", "08", 278_013);
        var washingtonState = b.Add(new GazetteerPlace(5815135, "Washington", 47.5, -120.5, "ADM1", "US", "WA", 0));
        b.AddName(washingtonState, "Wash.", NameKind.Official);
        City(b, 4744709, "Arlington", 38.8816, -77.091, "PPLA2", "US", "VA", 207_627);
        b.Add(new GazetteerPlace(90_000_009, "The Wash", 52.9, 0.3, "BAY", "GB", "ENG", 0)); // "Wash." has two holders, as in the real index
        b.Add(new GazetteerPlace(4736286, "Texas", 31.25, -99.25, "ADM1", "US", "TX", 0));
        b.Add(new GazetteerPlace(4197000, "Georgia", 32.75, -83.5, "ADM1", "US", "GA", 0));
        return b.Build("test gazetteer");
    }

    private static void Country(GazetteerBuilder b, string iso2, string iso3, int id, string name, double lat, double lon, GeoBox box, string demonym, params string[] aliases)
    {
        var h = b.Add(new GazetteerPlace(id, name, lat, lon, "PCLI", iso2, null, 0) { LocalKey = "iso:" + iso2 });
        b.SetBounds(h, box);
        b.AddCountryCodes(iso2, iso3);
        b.AddDemonym(demonym, iso2);
        b.AddDemonym(demonym + "s", iso2);
        foreach (var a in aliases)
        {
            b.AddName(h, a, NameKind.Official);
        }
    }

    private static int City(GazetteerBuilder b, int id, string name, double lat, double lon, string code, string country, string admin1, long population) =>
        b.Add(new GazetteerPlace(id, name, lat, lon, code, country, admin1, population));
}
