using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Events.Codebook;

/// <summary>
/// The CAMEO codebook: every event code with its name, root, quad class, Goldstein value and PLOVER category
/// (issue 3 points 4 and 7). Built once from <c>data/cameo/codebook.txt</c> through <see cref="DataCatalog"/>
/// (<see cref="CameoCodebookCatalogExtensions.CameoCodebook"/>); immutable and thread-safe.
/// </summary>
public sealed class CameoCodebook
{
    /// <summary>Path of the codebook under <c>data/</c>.</summary>
    public const string RelativePath = "cameo/codebook.txt";

    /// <summary>Lowest Goldstein value.</summary>
    public const double MinGoldstein = -10.0;

    /// <summary>Highest Goldstein value.</summary>
    public const double MaxGoldstein = 10.0;

    /// <summary>How the file writes "no PLOVER category".</summary>
    public const string NoPlover = "-";

    private readonly FrozenDictionary<EventCode, CameoCodebookEntry> _byCode;

    private CameoCodebook(string stamp, ImmutableArray<CameoCodebookEntry> entries)
    {
        Stamp = stamp;
        Entries = entries;
        _byCode = entries.ToFrozenDictionary(e => e.Code);
    }

    /// <summary>Name and version of the file it was built from (<c>cameo-codebook@v1</c>), stored with each run (STYLE A8).</summary>
    public string Stamp { get; }

    /// <summary>Every code, in file order.</summary>
    public ImmutableArray<CameoCodebookEntry> Entries { get; }

    /// <summary>Number of codes.</summary>
    public int Count => Entries.Length;

    /// <summary>The entry of a code.</summary>
    /// <exception cref="KeyNotFoundException">When the code is not in the codebook; the message names it.</exception>
    public CameoCodebookEntry this[EventCode code] =>
        _byCode.TryGetValue(code, out var entry) ? entry : throw new KeyNotFoundException($"CAMEO code '{code}' is not in the codebook ({Stamp}).");

    /// <summary>True when the code is in the codebook.</summary>
    public bool Contains(EventCode code) => _byCode.ContainsKey(code);

    /// <summary>Looks a code up exactly.</summary>
    public bool TryGet(EventCode code, out CameoCodebookEntry entry) => _byCode.TryGetValue(code, out entry!);

    /// <summary>
    /// Looks a code up, falling back to its nearest listed ancestor (a dictionary's <c>0357</c> gives <c>035</c>), so
    /// that a code from a user's dictionary that our codebook lacks still gets a root, quad class and Goldstein value.
    /// </summary>
    public bool TryGetNearest(EventCode code, out CameoCodebookEntry entry)
    {
        for (EventCode? c = code; c is { } current; c = current.Parent)
        {
            if (_byCode.TryGetValue(current, out entry!))
            {
                return true;
            }
        }

        entry = null!;
        return false;
    }

    /// <summary>
    /// Builds the codebook from a parsed data file. Each line is <c>code TAB name TAB goldstein TAB plover</c>.
    /// </summary>
    /// <exception cref="DataFileException">
    /// Naming file and line, for a line without four fields, a malformed or duplicate code, an empty name, a Goldstein
    /// value that is not a number in [-10, 10], an unknown PLOVER category, or a code whose root or parent is not listed.
    /// </exception>
    public static CameoCodebook Load(DataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var entries = ImmutableArray.CreateBuilder<CameoCodebookEntry>(file.Lines.Length);
        var lines = new Dictionary<EventCode, DataLine>();
        foreach (var line in file.Lines)
        {
            var entry = ParseLine(line);
            if (lines.TryGetValue(entry.Code, out var first))
            {
                throw line.Error($"duplicate code {entry.Code}: already defined on line {first.Number}.");
            }

            lines.Add(entry.Code, line);
            entries.Add(entry);
        }

        // Every code hangs below a listed root and a listed parent: lookups by root and GDELT's EventBaseCode rely on it.
        foreach (var entry in entries)
        {
            if (!lines.ContainsKey(entry.Root))
            {
                throw lines[entry.Code].Error($"code {entry.Code} has no root: add a line for root {entry.Root}.");
            }

            if (entry.Code.Parent is { } parent && !lines.ContainsKey(parent))
            {
                throw lines[entry.Code].Error($"code {entry.Code} has no parent: add a line for code {parent}.");
            }
        }

        return new CameoCodebook(file.Stamp, entries.ToImmutable());
    }

    private static CameoCodebookEntry ParseLine(DataLine line)
    {
        var fields = line.Fields;
        if (fields.Length != 4)
        {
            throw line.Error($"expected 4 TAB-separated fields (code, name, goldstein, plover), found {fields.Length}.");
        }

        if (!EventCode.TryParse(fields[0], out var code) || fields[0].Trim().Length != fields[0].Length)
        {
            throw line.Error($"'{fields[0]}' is not a CAMEO event code: expected 2 to 4 digits starting with a root 01-20.");
        }

        var name = fields[1].Trim();
        if (name.Length == 0)
        {
            throw line.Error($"code {code} has an empty name.");
        }

        if (!double.TryParse(fields[2], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var goldstein)
            || !double.IsFinite(goldstein) || goldstein is < MinGoldstein or > MaxGoldstein)
        {
            throw line.Error($"Goldstein value '{fields[2]}' of code {code} is not a number from {MinGoldstein:0.0} to {MaxGoldstein:0.0}.");
        }

        return new CameoCodebookEntry(code, name, goldstein, ParsePlover(line, fields[3].Trim()));
    }

    private static PloverCategory ParsePlover(DataLine line, string text)
    {
        if (text == NoPlover)
        {
            return PloverCategory.None;
        }

        // Names only: Enum.TryParse would also take "3" or "None".
        if (text.Length > 0 && text.All(char.IsAsciiLetter)
            && Enum.TryParse<PloverCategory>(text, ignoreCase: true, out var category) && category != PloverCategory.None)
        {
            return category;
        }

        var known = string.Join(", ", Enum.GetNames<PloverCategory>().Where(n => n != nameof(PloverCategory.None)).Select(n => n.ToUpperInvariant()));
        throw line.Error($"unknown PLOVER category '{text}': expected one of {known}, or {NoPlover} for none.");
    }
}
