using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Text.Syntax;

namespace Sitrep.Extraction.Syntax;

/// <summary>Loads the trained syntax model through <see cref="DataCatalog"/> (STYLE A7) and plugs its stage in.</summary>
public static class SyntaxCatalogExtensions
{
    /// <summary>Path of the committed model under <c>data/</c>: tagger and parser trained on UD English EWT (see NOTICE.md).</summary>
    public const string DefaultModel = "models/syntax-en-ewt.bin";

    /// <summary>The model at <paramref name="relativePath"/> under <c>data/</c>, loaded once per catalog.</summary>
    /// <exception cref="DataFileException">When the file is missing, not a model, or truncated; the message names the file.</exception>
    public static SyntaxModel SyntaxModel(this DataCatalog catalog, string relativePath = DefaultModel)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        return catalog.Get("syntax-model:" + relativePath, c => LoadFile(Path.Combine(c.Root, DataCatalog.DataFolder, relativePath)));
    }

    /// <summary>Adds the syntax stage with the catalog's model (not part of the default pipeline).</summary>
    public static PipelineBuilder UseSyntax(this PipelineBuilder builder, DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        return builder.UseSyntax(catalog.SyntaxModel());
    }

    /// <summary>Reads a model file at a full path.</summary>
    /// <exception cref="DataFileException">When the file is missing, not a model, or truncated; the message names the file.</exception>
    public static SyntaxModel LoadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new DataFileException(path, 0, "missing: train it with 'sitrep train --treebank DIR --out data/models' (UD English EWT) or restore it from the repository.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Sitrep.Text.Syntax.SyntaxModel.Load(stream, path);
        }
        catch (InvalidDataException ex)
        {
            var problem = ex.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? ex.Message[(path.Length + 2)..] : ex.Message;
            throw new DataFileException(path, 0, problem);
        }
    }
}
