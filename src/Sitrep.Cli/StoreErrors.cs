using Sitrep.Store;

namespace Sitrep.Cli;

/// <summary>What the user reads, and the exit code, for a database that cannot be used (issue 9 point 3).</summary>
internal static class StoreErrors
{
    /// <summary>One line saying what is wrong with the database and what to do, and the exit code.</summary>
    public static (string Message, int Exit) Describe(StoreException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var db = ex.Path.Length > 0 ? $"'{ex.Path}'" : "the database";
        return ex.Problem switch
        {
            StoreProblem.NotADatabase => ($"{db} is not a Sitrep database or is damaged ({ex.Message}); pass another --db FILE, or move it away to start a new one.", ExitCodes.DatabaseUnusable),
            StoreProblem.WrongSchema => ($"{db} cannot be used: {ex.Message}.", ExitCodes.DatabaseUnusable),
            StoreProblem.ReadOnly => ($"{db} cannot be written ({ex.Message}); make the file and its folder writable (chmod u+w), or pass another --db FILE.", ExitCodes.DatabaseReadOnly),
            StoreProblem.Locked => ($"{db} is locked by another process ({ex.Message}); wait until it is done and run again.", ExitCodes.DatabaseLocked),
            StoreProblem.Full => ($"no room left to write {db} ({ex.Message}): the disk is full or the database reached --db-max-bytes; free some space or pass another --db FILE. What was committed before stays; running again completes the rest.", ExitCodes.DiskFull),
            _ => ($"{db} cannot be used: {ex.Message}.", ExitCodes.DatabaseUnusable),
        };
    }
}
