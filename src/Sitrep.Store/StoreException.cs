namespace Sitrep.Store;

/// <summary>
/// A store that cannot be opened or written, for a reason the user can act on (<see cref="StoreProblem"/>); the SQLite
/// exception that told it is the inner exception.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates an exception with no details (for serializers and analyzers).</summary>
    public StoreException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    public StoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for <paramref name="problem"/> with the database at <paramref name="path"/>.</summary>
    /// <param name="problem">What is wrong.</param>
    /// <param name="path">The database file, as given.</param>
    /// <param name="message">The underlying message (SQLite's).</param>
    /// <param name="innerException">The exception that reported it, if any.</param>
    public StoreException(StoreProblem problem, string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Problem = problem;
        Path = path;
    }

    /// <summary>What is wrong.</summary>
    public StoreProblem Problem { get; }

    /// <summary>The database file, as given; empty when unknown.</summary>
    public string Path { get; } = string.Empty;
}
