using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Text.Tests;

internal static class TextTestKit
{
    public static Pipeline Pipeline { get; } = new PipelineBuilder().UseText().Build();

    public static Document Run(string text, string id = "t") => Pipeline.Process(new Document(id, text));

    public static IEnumerable<string> TokenTexts(Document doc) => doc.Tokens.Select(t => doc.TextOf(t.Span));

    public static IEnumerable<string> SentenceTexts(Document doc) => doc.Sentences.Select(s => doc.TextOf(s.Span));

    /// <summary>The folder holding shared/, found by walking up from the test binary.</summary>
    public static string SharedData(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return Path.Combine([candidate, .. parts]);
            }
        }

        throw new DirectoryNotFoundException("shared/data not found above " + AppContext.BaseDirectory);
    }

    public static string Sample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "reuters-2020-01-08-turkey-libya.txt");
            if (File.Exists(candidate))
            {
                return File.ReadAllText(candidate);
            }
        }

        throw new FileNotFoundException("samples/reuters-2020-01-08-turkey-libya.txt not found above " + AppContext.BaseDirectory);
    }
}
