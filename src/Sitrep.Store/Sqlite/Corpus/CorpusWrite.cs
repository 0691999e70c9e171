using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>What a corpus index writes through: the store's prepared commands and the transaction it must enlist in.</summary>
/// <param name="Commands">The store's command cache (parameterised SQL only).</param>
/// <param name="Transaction">The transaction that stores or removes the document.</param>
internal sealed record CorpusWrite(CommandCache Commands, SqliteTransaction Transaction)
{
    /// <summary>
    /// Documents other than the one being written whose story this write changed (stories merged by a bridging
    /// document, or regrouped after one left): a later index that counts by story (merged events' sources) recounts
    /// what those documents contribute. Filled by the stories index, read by later indexes of the same write.
    /// </summary>
    public ISet<string> StoryChanged { get; } = new HashSet<string>(StringComparer.Ordinal);
}
