using Sitrep.Core.Pipeline;
using Sitrep.Text.Cleaning;
using Sitrep.Text.Sentences;
using Sitrep.Text.Tokens;

namespace Sitrep.Text;

/// <summary>Plugs the text layers into a pipeline (STYLE A6).</summary>
public static class TextPipelineExtensions
{
    /// <summary>Adds the cleaner (zones and metadata), the tokenizer and the sentence splitter, unless already present.</summary>
    public static PipelineBuilder UseText(this PipelineBuilder builder, CleanerOptions? cleaner = null, SentenceSplitterOptions? sentences = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddIfNotAlready(() => new PlainTextCleaner(cleaner))
            .AddIfNotAlready(() => new Tokenizer())
            .AddIfNotAlready(() => new SentenceSplitter(sentences));
    }
}
