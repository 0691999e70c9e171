using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Quotes;

/// <summary>Builds quote-stage input by hand (STYLE §5): Body zones per line, sentences at ". " before a capital or a quote mark.</summary>
internal static class HandDocument
{
    public static Document Of(string text)
    {
        var zones = ImmutableArray.CreateBuilder<Zone>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var lineStart = 0;
        var paragraph = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            if (i > lineStart && !string.IsNullOrWhiteSpace(text[lineStart..i]))
            {
                zones.Add(new Zone(new TextSpan(lineStart, i), ZoneKind.Body));
                var s = lineStart;
                for (var k = lineStart; k < i; k++)
                {
                    var end = k + 1;
                    if (text[k] is '.' or '!' or '?' && end < i && text[end] is '”' or '"')
                    {
                        end++;
                    }

                    if (text[k] is '.' or '!' or '?' && end + 1 < i && text[end] == ' ' && (char.IsUpper(text[end + 1]) || text[end + 1] is '“' or '"'))
                    {
                        sentences.Add(new Sentence(new TextSpan(s, end), 0, 0, paragraph));
                        s = end + 1;
                        k = end;
                    }
                }

                sentences.Add(new Sentence(new TextSpan(s, i), 0, 0, paragraph));
                paragraph++;
            }

            lineStart = i + 1;
        }

        return new Document("hand", text)
        {
            Zones = zones.ToImmutable(),
            Sentences = sentences.ToImmutable(),
            Layers = [LayerKind.Zones, LayerKind.Tokens, LayerKind.Sentences, LayerKind.Entities],
        };
    }
}
