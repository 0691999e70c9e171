using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Tests;

internal static class TextTestKit
{
    public static Pipeline Pipeline { get; } = new PipelineBuilder().UseText().Build();

    public static Document Run(string text, string id = "t") => Pipeline.Process(new Document(id, text));

    public static IEnumerable<string> TokenTexts(Document doc) => doc.Tokens.Select(t => doc.TextOf(t.Span));

    public static IEnumerable<string> SentenceTexts(Document doc) => doc.Sentences.Select(s => doc.TextOf(s.Span));

    public static string SharedData(params string[] parts) => Sitrep.Tests.TestPaths.SharedData(parts);

    public static string Sample() => File.ReadAllText(Sitrep.Tests.TestPaths.Repo("samples", "reuters-2020-01-08-turkey-libya.txt"));
}
