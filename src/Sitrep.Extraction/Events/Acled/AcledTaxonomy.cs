using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Events.Codebook;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// ACLED's typology and its mapping to CASE 2021 labels, CAMEO codes and PLOVER categories (issue 8 point 2), built
/// once from <c>data/events/acled-types.txt</c> through <see cref="DataCatalog"/>
/// (<see cref="AcledCatalogExtensions.AcledTaxonomy"/>). Immutable and thread-safe.
/// </summary>
public sealed class AcledTaxonomy
{
    /// <summary>Path of the mapping file under <c>data/</c>.</summary>
    public const string RelativePath = "events/acled-types.txt";

    private readonly FrozenDictionary<CaseLabel, AcledTypeEntry> _byLabel;
    private readonly FrozenDictionary<string, AcledTypeEntry> _byCode;

    private AcledTaxonomy(string stamp, ImmutableArray<AcledTypeEntry> entries, FrozenDictionary<string, AcledTypeEntry> byCode)
    {
        Stamp = stamp;
        Entries = entries;
        _byLabel = entries.ToFrozenDictionary(e => e.CaseLabel);
        _byCode = byCode;
    }

    /// <summary>Name and version of the file (<c>acled-types@v1</c>), stored with each run (STYLE A8).</summary>
    public string Stamp { get; }

    /// <summary>Every line, in file order.</summary>
    public ImmutableArray<AcledTypeEntry> Entries { get; }

    /// <summary>The entry of a CASE label.</summary>
    /// <exception cref="KeyNotFoundException">When the label has no line (only <see cref="CaseLabel.None"/>).</exception>
    public AcledTypeEntry this[CaseLabel label] =>
        _byLabel.TryGetValue(label, out var entry) ? entry : throw new KeyNotFoundException($"CASE label {label} has no line in {RelativePath} ({Stamp}).");

    /// <summary>The entry of an ACLED sub-event type.</summary>
    public AcledTypeEntry this[AcledSubEventType subEvent] => Entries.First(e => e.SubEventType == subEvent);

    /// <summary>
    /// The default type of a CAMEO code: the line listing the longest code that <paramref name="code"/> starts with
    /// (first line on a tie), or null when no line lists one.
    /// </summary>
    public AcledTypeEntry? DefaultFor(EventCode code)
    {
        var value = code.Value;
        for (var length = value.Length; length >= EventCode.MinLength; length--)
        {
            if (_byCode.TryGetValue(value[..length], out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Builds the taxonomy from a parsed file, checking every code against the CAMEO codebook.</summary>
    /// <exception cref="DataFileException">Naming file and line, for a malformed line, an unknown enum name or CAMEO
    /// code, a label listed twice, a PLOVER category that disagrees with the codebook, or a sub-event type without a line.</exception>
    public static AcledTaxonomy Load(DataFile file, CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(codebook);
        var entries = ImmutableArray.CreateBuilder<AcledTypeEntry>();
        var byCode = new Dictionary<string, AcledTypeEntry>(StringComparer.Ordinal);
        var labels = new HashSet<CaseLabel>();
        foreach (var line in file.Lines)
        {
            var f = line.Fields;
            if (f.Length != 8)
            {
                throw line.Error($"expected 8 TAB-separated fields (sub_event, name, event_type, disorder, case_label, cameo, cameo_also, plover), found {f.Length}.");
            }

            var sub = f[0] == "-" ? (AcledSubEventType?)null : ParseEnum<AcledSubEventType>(line, f[0], "sub-event type");
            var eventType = f[2] == "-" ? (AcledEventType?)null : ParseEnum<AcledEventType>(line, f[2], "event type");
            var disorder = f[3] == "-" ? (AcledDisorderType?)null : ParseEnum<AcledDisorderType>(line, f[3], "disorder type");
            if ((sub is null) != (eventType is null) || (sub is null) != (disorder is null))
            {
                throw line.Error("sub_event, event_type and disorder are either all given or all '-'.");
            }

            var label = ParseEnum<CaseLabel>(line, f[4], "CASE label");
            if (label == CaseLabel.None || !labels.Add(label))
            {
                throw line.Error($"CASE label {f[4]} is listed twice or is not a label.");
            }

            EventCode? cameo = f[5] == "-" ? null : Code(line, f[5], codebook);
            var also = f[6] == "-" ? [] : f[6].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => Code(line, c, codebook)).ToImmutableArray();
            var plover = f[7] == "-" ? PloverCategory.None : ParseEnum<PloverCategory>(line, f[7], "PLOVER category", ignoreCase: true);
            if (cameo is { } c0 && codebook[c0].Plover != plover)
            {
                throw line.Error($"PLOVER category {f[7]} disagrees with the codebook's {codebook[c0].Plover} for CAMEO {c0}.");
            }

            var entry = new AcledTypeEntry(sub, f[1].Trim(), eventType, disorder, label, cameo, also, plover, line.Number);
            entries.Add(entry);
            foreach (var code in (cameo is { } c1 ? [c1] : Enumerable.Empty<EventCode>()).Concat(also))
            {
                byCode.TryAdd(code.Value, entry);
            }
        }

        foreach (var sub in Enum.GetValues<AcledSubEventType>())
        {
            if (!entries.Any(e => e.SubEventType == sub))
            {
                throw new DataFileException(file.Path, 0, $"ACLED sub-event type {sub} has no line.");
            }
        }

        return new AcledTaxonomy(file.Stamp, entries.ToImmutable(), byCode.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static EventCode Code(DataLine line, string text, CameoCodebook codebook) =>
        EventCode.TryParse(text.Trim(), out var code) && codebook.Contains(code) ? code : throw line.Error($"'{text}' is not a CAMEO code of {codebook.Stamp}.");

    private static T ParseEnum<T>(DataLine line, string text, string what, bool ignoreCase = false)
        where T : struct, Enum =>
        Enum.TryParse<T>(text.Trim(), ignoreCase, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw line.Error($"'{text}' is not an ACLED/CASE {what}: expected one of {string.Join(", ", Enum.GetNames<T>())}.");
}
