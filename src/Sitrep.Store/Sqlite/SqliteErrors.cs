using Microsoft.Data.Sqlite;

namespace Sitrep.Store.Sqlite;

/// <summary>Turns SQLite's result codes into the <see cref="StoreProblem"/> a user can act on (issue 9 point 3).</summary>
internal static class SqliteErrors
{
    // Primary result codes, https://www.sqlite.org/rescode.html (extended codes keep them in the low byte).
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADb = 26;

    /// <summary>The problem <paramref name="ex"/> reports, or null when it is none of the known ones (a bug, then).</summary>
    public static StoreProblem? Classify(SqliteException ex) => (ex.SqliteErrorCode & 0xFF) switch
    {
        Busy or Locked => StoreProblem.Locked,
        ReadOnly or CantOpen => StoreProblem.ReadOnly,
        Corrupt or NotADb => StoreProblem.NotADatabase,
        Full => StoreProblem.Full,
        _ => null,
    };

    /// <summary>A <see cref="StoreException"/> for <paramref name="ex"/> when it is a known problem, else null.</summary>
    public static StoreException? Translate(SqliteException ex, string path) =>
        Classify(ex) is { } problem ? new StoreException(problem, path, Reason(ex.SqliteErrorCode & 0xFF), ex) : null;

    // SQLite's own wording of each result code (sqlite3_errstr), without Microsoft.Data.Sqlite's "SQLite Error N: '…'." frame.
    private static string Reason(int code) => code switch
    {
        Busy => "database is locked",
        Locked => "database table is locked",
        ReadOnly => "attempt to write a readonly database",
        Corrupt => "database disk image is malformed",
        Full => "database or disk is full",
        CantOpen => "unable to open database file",
        _ => "file is not a database",
    };
}
