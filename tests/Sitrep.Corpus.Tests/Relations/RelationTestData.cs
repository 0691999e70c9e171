using Sitrep.Core.Model;
using Sitrep.Corpus.Relations;

namespace Sitrep.Corpus.Tests.Relations;

/// <summary>Hand-built reports of backing edges.</summary>
internal static class RelationTestData
{
    public static RelationEdge Edge(string backer, string backed, string? opposed = null) =>
        new(ActorCode.Parse(backer), ActorCode.Parse(backed), opposed is null ? null : ActorCode.Parse(opposed));

    public static RelationEvidence Report(RelationEdge edge, string document, string? date, string? source = null, int start = 0) =>
        new(edge, document, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), source ?? document,
            new TextSpan(start, start + 5), new TextSpan(0, 40), new string('x', 40), "verb");
}
