using System.CommandLine;
using Sitrep.Extraction.Data;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli;

/// <summary>Options several commands share; each command gets its own instances.</summary>
internal static class CommonOptions
{
    /// <summary><c>--db FILE</c>: the SQLite database, <c>./sitrep.db</c> by default.</summary>
    public static Option<string> Db() => new("--db")
    {
        Description = "SQLite database file",
        DefaultValueFactory = _ => SqliteDocumentStore.DefaultPath,
    };

    /// <summary><c>--data-root DIR</c>: the Sitrep checkout holding <c>data/</c> and <c>node_modules/</c>.</summary>
    public static Option<string?> DataRoot() => new("--data-root")
    {
        Description = "Folder holding Sitrep's data/ and node_modules/ (found by walking up from here by default)",
    };

    /// <summary>The data catalog for <paramref name="root"/>, or discovered.</summary>
    public static DataCatalog Catalog(string? root) => root is null ? DataCatalog.Discover() : new DataCatalog(root);
}
