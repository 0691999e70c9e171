namespace Sitrep.Store;

/// <summary>Why a store could not be used: each is the user's situation, not a bug, and has its own remedy.</summary>
public enum StoreProblem
{
    /// <summary>The file is not a SQLite database, or is damaged (SQLITE_NOTADB, SQLITE_CORRUPT).</summary>
    NotADatabase,

    /// <summary>The database was made by a newer Sitrep, or needs an upgrade it cannot get because it is read-only.</summary>
    WrongSchema,

    /// <summary>The file or its folder cannot be written (SQLITE_READONLY, SQLITE_CANTOPEN, a write-protected file).</summary>
    ReadOnly,

    /// <summary>Another process holds a lock for longer than the busy timeout (SQLITE_BUSY, SQLITE_LOCKED).</summary>
    Locked,

    /// <summary>No room left: the disk is full or the database reached its size limit (SQLITE_FULL).</summary>
    Full,
}
