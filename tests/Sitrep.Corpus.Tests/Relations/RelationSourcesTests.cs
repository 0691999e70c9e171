using Sitrep.Corpus.Relations;

namespace Sitrep.Corpus.Tests.Relations;

[Trait("Issue", "10")]
public sealed class RelationSourcesTests
{
    [Theory]
    [InlineData("d2", "Reuters", null, null, "Reuters")] // alone, with an outlet
    [InlineData("d2", null, null, null, "d2")] // alone, no outlet: itself
    [InlineData("d2", "  ", null, null, "d2")] // a blank outlet is none
    [InlineData("d2", "AFP", "d1", "Reuters", "Reuters")] // a copy counts for its story's first outlet
    [InlineData("d2", "AFP", "d1", null, "d1")] // a story with no outlet: the story
    [InlineData("d1", null, "d1", null, "d1")] // the story's first document: the same key as its copies
    public void Key_ByStoryThenOutlet(string document, string? outlet, string? story, string? storyOutlet, string expected) =>
        Assert.Equal(expected, RelationSources.Key(document, outlet, story, storyOutlet));
}
