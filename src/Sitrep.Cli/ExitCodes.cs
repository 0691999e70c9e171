namespace Sitrep.Cli;

/// <summary>
/// The exit codes of <c>sitrep</c>, one per situation a script may want to tell apart (issue 9 point 3; the table is in
/// README.md). Every non-zero code comes with one line on stderr saying what is wrong and what to do.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>A usage error (unknown command, option or value), an unknown document id, no database to read.</summary>
    public const int Usage = 1;

    /// <summary>Ingest: some inputs failed (each named on stderr); the rest were stored.</summary>
    public const int SomeInputsFailed = 2;

    /// <summary>A data file under <c>data/</c> or <c>node_modules/</c>, or one the user named, is missing or malformed.</summary>
    public const int DataFile = 3;

    /// <summary>An input path given to ingest does not exist; nothing was read and no database was created.</summary>
    public const int InputNotFound = 4;

    /// <summary>The database file is not a SQLite database, is damaged, or has another Sitrep's schema.</summary>
    public const int DatabaseUnusable = 5;

    /// <summary>The database file (or its folder) cannot be written.</summary>
    public const int DatabaseReadOnly = 6;

    /// <summary>Another process holds the database locked past the busy timeout; try again when it is done.</summary>
    public const int DatabaseLocked = 7;

    /// <summary>No room left: the disk is full, or the database reached <c>--db-max-bytes</c>.</summary>
    public const int DiskFull = 8;

    /// <summary>An unexpected error (a bug): one line, and the stack trace with <c>--verbose</c> or <c>SITREP_VERBOSE=1</c>.</summary>
    public const int Internal = 70;

    /// <summary>Stopped by Ctrl-C (SIGINT, 128 + 2): what was committed stays; re-running the command completes it.</summary>
    public const int Interrupted = 130;
}
