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

    /// <summary>
    /// An option taking one of <paramref name="choices"/> by name (ASCII case ignored). Any other value is refused with
    /// one line naming the option, the value and the choices (issue 9 point 3: never a .NET type name).
    /// </summary>
    public static Option<T> Choice<T>(string name, string description, T defaultValue, params (string Name, T Value)[] choices)
    {
        var names = string.Join('|', choices.Select(c => c.Name));
        var option = new Option<T>(name) { Description = description, HelpName = names, DefaultValueFactory = _ => defaultValue };
        option.CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return defaultValue;
            }

            var text = result.Tokens[^1].Value;
            foreach (var (choice, value) in choices)
            {
                if (string.Equals(choice, text, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            result.AddError($"Unknown {name} '{text}': use one of {string.Join(", ", choices.Select(c => c.Name))}.");
            return defaultValue;
        };
        return option;
    }

    /// <summary>
    /// Opens an existing database to read: read-only when the file is write-protected, so that one can still be shown,
    /// listed and exported; otherwise as usual (migrating an older schema).
    /// </summary>
    public static Task<SqliteDocumentStore> OpenForReadingAsync(string path, CancellationToken cancellationToken) =>
        SqliteDocumentStore.OpenAsync(path, new SqliteStoreOptions { ReadOnly = new FileInfo(path).IsReadOnly }, null, cancellationToken);

    /// <summary>The data catalog for <paramref name="root"/>, or discovered.</summary>
    public static DataCatalog Catalog(string? root) => root is null ? DataCatalog.Discover() : new DataCatalog(root);
}
