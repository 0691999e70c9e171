using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests;

public sealed class PipelineBuilderTests
{
    private sealed class FakeStage(string name, LayerKind[] requires, LayerKind[] produces, bool overwrite = false) : IStage
    {
        public string Name => name;

        public ImmutableHashSet<LayerKind> Requires { get; } = [.. requires];

        public ImmutableHashSet<LayerKind> Produces { get; } = [.. produces];

        public bool Overwrite => overwrite;

        public Document Process(Document document, CancellationToken cancellationToken) =>
            name == "boom" ? throw new InvalidOperationException("bad") : document;
    }

    [Fact]
    public void Build_MissingRequiredLayer_NamesStageAndLayer()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("tokens.v1", [LayerKind.Zones], [LayerKind.Tokens]));
        var ex = Assert.Throws<PipelineBuildException>(() => builder.Build());
        Assert.Contains("tokens.v1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Zones", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SecondProducerWithoutOverwrite_Throws()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("a.v1", [], [LayerKind.Tokens]))
            .Add(new FakeStage("b.v1", [], [LayerKind.Tokens]));
        Assert.Throws<PipelineBuildException>(() => builder.Build());
    }

    [Fact]
    public void Build_SecondProducerWithOverwrite_Succeeds()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("a.v1", [], [LayerKind.Tokens]))
            .Add(new FakeStage("b.v1", [], [LayerKind.Tokens], overwrite: true))
            .Build();
        Assert.Equal(["a.v1", "b.v1"], pipeline.StageNames);
    }

    [Fact]
    public void InsertBefore_PutsStageFirst()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("b.v1", [LayerKind.Zones], [LayerKind.Tokens]));
        builder.InsertBefore<FakeStage>(new FakeStage("a.v1", [], [LayerKind.Zones]));
        Assert.Equal(["a.v1", "b.v1"], builder.Build().StageNames);
    }

    [Fact]
    public void Process_MarksProducedLayers()
    {
        var pipeline = new PipelineBuilder().Add(new FakeStage("a.v1", [], [LayerKind.Zones])).Build();
        var doc = pipeline.Process(new Document("d1", "text"));
        Assert.True(doc.Has(LayerKind.Zones));
    }

    [Fact]
    public void Process_StageThrows_WrapsWithStageAndDocument()
    {
        var pipeline = new PipelineBuilder().Add(new FakeStage("boom", [], [])).Build();
        var ex = Assert.Throws<StageException>(() => pipeline.Process(new Document("doc-7", "x")));
        Assert.Equal("boom", ex.Stage);
        Assert.Equal("doc-7", ex.DocumentId);
    }

    [Fact]
    public void Process_FailingStage_ExceptionKeepsEarlierLayersAndNamesStage()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("tokens.v1", [], [LayerKind.Tokens]))
            .Add(new FakeStage("boom", [LayerKind.Tokens], [LayerKind.Places]))
            .Build();

        var ex = Assert.Throws<StageException>(() => pipeline.Process(new Document("d", "text")));

        Assert.Equal("boom", ex.Stage);
        Assert.NotNull(ex.Partial);
        Assert.True(ex.Partial.Has(LayerKind.Tokens));
        Assert.False(ex.Partial.Has(LayerKind.Places));
        var diagnostic = Assert.Single(ex.PartialWithDiagnostic()!.Diagnostics);
        Assert.Equal(("boom", Sitrep.Core.Diagnostics.DiagnosticCode.StageFailed), (diagnostic.Stage, diagnostic.Code));
        Assert.Contains("bad", diagnostic.Message, StringComparison.Ordinal);
    }
}
