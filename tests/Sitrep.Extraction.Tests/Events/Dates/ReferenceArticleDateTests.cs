using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Events.Dates;
using Sitrep.Extraction.Syntax;
using Sitrep.Extraction.Tests.Entities;
using Sitrep.Text;

using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events.Dates;

/// <summary>The reference article (Reuters, 2020-01-08) through the text and syntax stages, then the resolver (issue 3 point 4).</summary>
public sealed class ReferenceArticleDateTests
{
    [Fact]
    public void Resolve_ReferenceArticle_PlacesEveryDatedExpression()
    {
        var text = File.ReadAllText(EntityTestKit.SharedData("seed", "reuters-2020-01-08-turkey-libya.txt"));
        var pipeline = new PipelineBuilder().UseText().UseSyntax(EntityTestKit.Catalog).Build();
        var document = pipeline.Process(new Sitrep.Core.Model.Document("reuters-2020-01-08", text));
        var article = new DateOnly(2020, 1, 8);

        var found = document.Sentences
            .SelectMany(s => DateResolver.Resolve(document, s, article))
            .ToDictionary(e => e.Span.Of(text), e => e.ToEventDate()?.ToString() ?? "?");

        Assert.Equal("2020-01-06", found["On Monday"]);
        Assert.Equal("2019-04", found["nine months ago"]);
        Assert.Equal("2019", found["last year"]);
        Assert.Equal("2019-11", found["in November"]);
        Assert.Equal("2019-09-01/2020-01-08", found["since September"]);
        Assert.Equal("2011", found["in 2011"]);
        Assert.Equal("2020-01-08", found["on Wednesday"]);
    }
}
