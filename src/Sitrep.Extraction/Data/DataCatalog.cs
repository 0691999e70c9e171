using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Sitrep.Extraction.Data;

/// <summary>
/// The one place that reads data files (STYLE A7): our versioned files under <c>data/</c> and the npm packages under
/// <c>node_modules/</c>. Validates headers, reports file and line of a bad entry, and caches each parsed file.
/// Loaders for each feature's files are extension methods over this type, kept in the feature's folder.
/// Thread-safe.
/// </summary>
public sealed partial class DataCatalog
{
    /// <summary>Name of the folder of our own data files inside the root.</summary>
    public const string DataFolder = "data";

    /// <summary>Name of the folder npm installs packages into inside the root.</summary>
    public const string NodeModulesFolder = "node_modules";

    /// <summary>The file whose presence marks a Sitrep root.</summary>
    public const string MarkerFile = "data/README.md";

    private readonly ConcurrentDictionary<string, Lazy<DataFile>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<object>> _objects = new(StringComparer.Ordinal);

    /// <summary>Creates a catalog over a root directory holding <c>data/</c> and, after <c>npm ci</c>, <c>node_modules/</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">When <paramref name="root"/> has no <c>data/</c> folder.</exception>
    public DataCatalog(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        if (!System.IO.File.Exists(Path.Combine(Root, MarkerFile)))
        {
            throw new DirectoryNotFoundException($"'{Root}' is not a Sitrep root: it has no {MarkerFile}. Pass the folder of the Sitrep checkout.");
        }
    }

    /// <summary>The root directory.</summary>
    public string Root { get; }

    /// <summary>Stamps (<c>name@vN</c>) of every data file loaded so far, sorted: stored with each run (STYLE A8).</summary>
    public ImmutableArray<string> LoadedStamps => [.. _files.Values.Where(l => l.IsValueCreated).Select(l => l.Value.Stamp).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Finds the Sitrep root by walking up from each start directory (default: the current directory, then the
    /// directory of the running program) until one holds <see cref="MarkerFile"/>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">When no start directory lies inside a Sitrep root.</exception>
    public static DataCatalog Discover(params string[] startDirectories)
    {
        var starts = startDirectories.Length > 0 ? startDirectories : [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                if (System.IO.File.Exists(Path.Combine(dir.FullName, MarkerFile)))
                {
                    return new DataCatalog(dir.FullName);
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"No Sitrep data folder found above {string.Join(" or ", starts)}. Run sitrep from its checkout, or pass --data-root DIR.");
    }

    /// <summary>Reads and caches a data file under <c>data/</c> by relative path (<c>lexicons/person-titles.txt</c>).</summary>
    /// <exception cref="DataFileException">When the file is missing or has no valid header.</exception>
    public DataFile File(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        return _files.GetOrAdd(relativePath, p => new Lazy<DataFile>(() => Parse(Path.Combine(Root, DataFolder, p)))).Value;
    }

    /// <summary>
    /// Builds an object from data files once and caches it under <paramref name="key"/>: loaders use this so that
    /// every stage sharing a catalog shares one immutable lexicon.
    /// </summary>
    public T Get<T>(string key, Func<DataCatalog, T> build)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        return (T)_objects.GetOrAdd(key, _ => new Lazy<object>(() => build(this))).Value;
    }

    /// <summary>The full path of a file inside an installed npm package.</summary>
    /// <exception cref="DataFileException">When the package is not installed; the message says to run <c>npm ci</c>.</exception>
    public string NodePackageFile(string package, string relativePath)
    {
        var path = Path.Combine(Root, NodeModulesFolder, package, relativePath);
        if (!System.IO.File.Exists(path))
        {
            throw new DataFileException(path, 0, $"missing: npm package '{package}' is not installed. Run 'npm ci' in {Root}.");
        }

        return path;
    }

    /// <summary>Parses a data file: header <c># name vN: description</c>, then content lines.</summary>
    /// <exception cref="DataFileException">When the file is missing or the header is malformed.</exception>
    public static DataFile Parse(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new DataFileException(path, 0, "missing: this file ships with Sitrep under data/; restore it from the repository.");
        }

        string? name = null;
        var version = 0;
        var lines = ImmutableArray.CreateBuilder<DataLine>();
        var number = 0;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            number++;
            var text = raw.TrimEnd();
            if (text.Length == 0)
            {
                continue;
            }

            if (name is null)
            {
                var m = HeaderRegex().Match(text);
                if (!m.Success)
                {
                    throw new DataFileException(path, number, "first line must be the header '# name vN: description'.");
                }

                name = m.Groups["name"].Value;
                version = int.Parse(m.Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }

            if (text.StartsWith('#'))
            {
                continue;
            }

            lines.Add(new DataLine(path, number, text));
        }

        if (name is null)
        {
            throw new DataFileException(path, 0, "file is empty: it needs at least the header '# name vN: description'.");
        }

        return new DataFile(name, version, path, lines.ToImmutable());
    }

    [GeneratedRegex(@"^#\s*(?<name>[a-z0-9][a-z0-9-]*)\s+v(?<v>\d{1,6})\s*:", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeaderRegex();
}
