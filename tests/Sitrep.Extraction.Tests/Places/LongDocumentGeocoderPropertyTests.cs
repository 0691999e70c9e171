using System.Text;
using System.Text.Json;
using CsCheck;
using Sitrep.Core.Model;
using Sitrep.Extraction.Entities;
using Sitrep.Extraction.Gazetteers;
using Sitrep.Extraction.Places;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Issue 9 point 2: long documents (random slices of Reuters articles with places written as news writes them, at the
/// start, the end and between articles) through the real entity layer and default gazetteer. The geocoder must not
/// throw, and every qualifier link the mention finder makes must point at the mention right after its comma, however
/// many mentions earlier steps joined or dropped.
/// </summary>
public sealed class LongDocumentGeocoderPropertyTests
{
    private static readonly string[] PlacePhrases =
    [
        "Tripoli, Lebanon", "Sarajevo, Bosnia and Herzegovina", "Bosnia and Herzegovina", "Trinidad and Tobago", "Port of Spain, Trinidad and Tobago",
        "Paris, Texas", "Gainesville, Va.", "Walker County (Ga.)", "Springfield, Illinois", "Antigua and Barbuda", "Tripoli", "Lebanon",
        "Washington, D.C.", "eastern Libya", "Mostar, Bosnia", "Herzegovina", "Benghazi, Libya", "Cairo",
    ];

    private static readonly string[] Frames = ["Talks were held in {0}.", "{0}", "They met in {0}, officials said.", "Troops left {0} and Bosnia.", "From {0}, Lebanon."];

    private static readonly Lazy<string[]> Sentences = new(LoadSentences);

    private static readonly Lazy<Geocoder> LazyGeocoder = new(() => new Geocoder(Catalog.Gazetteer(), GeoLexicon.Load(Catalog), Catalog.EntityLexicon()));

    private static readonly Lazy<PlaceMentionFinder> LazyFinder = new(() =>
    {
        var (gazetteer, geo, words) = (Catalog.Gazetteer(), GeoLexicon.Load(Catalog), Catalog.EntityLexicon());
        return new PlaceMentionFinder(gazetteer, geo, words, new PlaceTokenScanner(gazetteer, geo, words));
    });

    private static string[] LoadSentences()
    {
        var result = new List<string>();
        foreach (var line in File.ReadLines(SharedData("news-corpus", "reuters-21578.jsonl")).Take(400))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } s)
            {
                result.AddRange(s.Split(". ", StringSplitOptions.RemoveEmptyEntries).Select(x => x.Trim() + "."));
            }
        }

        return [.. result];
    }

    // A dump of pieces: corpus sentences, place sentences and blank lines between "articles"; a place phrase at the very
    // start and at the very end as often as not.
    private static Gen<string> LongDocument() =>
        Gen.Select(
            Gen.Int[0, int.MaxValue].Array[300, 900],
            Gen.Bool,
            Gen.Bool,
            (picks, placeFirst, placeLast) =>
            {
                var sentences = Sentences.Value;
                var b = new StringBuilder();
                if (placeFirst)
                {
                    b.Append(PlacePhrases[picks[0] % PlacePhrases.Length]).Append(' ');
                }

                foreach (var p in picks)
                {
                    switch (p % 7)
                    {
                        case 0:
                            b.AppendFormat(System.Globalization.CultureInfo.InvariantCulture, Frames[(p / 7) % Frames.Length], PlacePhrases[(p / 31) % PlacePhrases.Length]).Append(' ');
                            break;
                        case 1:
                            b.Append("\n\n");
                            break;
                        default:
                            b.Append(sentences[p % sentences.Length]).Append(' ');
                            break;
                    }
                }

                if (placeLast)
                {
                    b.Append(PlacePhrases[picks[^1] % PlacePhrases.Length]);
                }

                return b.ToString();
            });

    [Fact]
    public void Geocoder_LongDocuments_NeverThrowsAndQualifiersPointAtTheNextMention() =>
        LongDocument().Sample(
            text =>
            {
                var doc = Pipeline.Process(new Document("long", text));
                var mentions = LazyFinder.Value.Find(doc);
                for (var i = 0; i < mentions.Count; i++)
                {
                    if (mentions[i].Qualifier is var q and >= 0)
                    {
                        Assert.InRange(q, i + 1, mentions.Count - 1);
                        var gap = text.AsSpan(mentions[i].Span.End, mentions[q].Span.Start - mentions[i].Span.End).Trim();
                        Assert.True(gap is "," or "(", $"mention {i} '{doc.TextOf(mentions[i].Span)}' is qualified by '{doc.TextOf(mentions[q].Span)}' across '{gap}'");
                    }
                }

                _ = LazyGeocoder.Value.Resolve(doc);
            },
            iter: 12);
}
