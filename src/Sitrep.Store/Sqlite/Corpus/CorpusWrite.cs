using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Sqlite.Corpus;

/// <summary>What a corpus index writes through: the store's prepared commands and the transaction it must enlist in.</summary>
/// <param name="Commands">The store's command cache (parameterised SQL only).</param>
/// <param name="Transaction">The transaction that stores or removes the document.</param>
internal sealed record CorpusWrite(CommandCache Commands, SqliteTransaction Transaction);
