using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Sitrep.Core.Model;
using Sitrep.Extraction.Data;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// The trained ACLED typer (issue 8 point 6): a multinomial logistic regression over <see cref="AcledFeatures"/>, one
/// weight per feature and label. Trained by <see cref="AcledTrainer"/> (<c>sitrep train acled</c>), stored as the text
/// file <c>data/models/acled-typer.txt</c> (one feature a line: <c>name TAB LABEL:weight …</c>) and loaded through
/// <see cref="DataCatalog"/>. Immutable and thread-safe.
/// </summary>
public sealed class AcledModel
{
    /// <summary>Path of the model under <c>data/</c>.</summary>
    public const string RelativePath = "models/acled-typer.txt";

    private readonly FrozenDictionary<string, (int Label, float Weight)[]> _weights;

    internal AcledModel(string stamp, FrozenDictionary<string, (int Label, float Weight)[]> weights)
    {
        Stamp = stamp;
        _weights = weights;
    }

    /// <summary>Name and version of the file it was read from, or <c>trained</c> for a model in memory.</summary>
    public string Stamp { get; }

    /// <summary>The weights, by feature: (label value, weight) pairs.</summary>
    internal IReadOnlyDictionary<string, (int Label, float Weight)[]> Weights => _weights;

    /// <summary>Number of features with a weight.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>The probability of every label (index = <see cref="CaseLabel"/> value; slot 0 stays 0).</summary>
    public double[] Predict(IReadOnlyList<(string Name, double Value)> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = new double[AcledRules.LabelCount];
        foreach (var (name, value) in features)
        {
            if (_weights.TryGetValue(name, out var row))
            {
                foreach (var (label, weight) in row)
                {
                    z[label] += weight * value;
                }
            }
        }

        return Softmax(z);
    }

    /// <summary>Softmax over the label slots 1…n (slot 0, <see cref="CaseLabel.None"/>, stays 0).</summary>
    public static double[] Softmax(double[] z)
    {
        ArgumentNullException.ThrowIfNull(z);
        var max = double.NegativeInfinity;
        for (var l = 1; l < z.Length; l++)
        {
            max = Math.Max(max, z[l]);
        }

        var p = new double[z.Length];
        var sum = 0.0;
        for (var l = 1; l < z.Length; l++)
        {
            p[l] = Math.Exp(z[l] - max);
            sum += p[l];
        }

        for (var l = 1; l < z.Length; l++)
        {
            p[l] /= sum;
        }

        return p;
    }

    /// <summary>Writes the model in its text format, with a header naming the training data.</summary>
    public void Save(string path, int version, string description, IEnumerable<string> notes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(notes);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# acled-typer v{version}: {description}\n");
        foreach (var note in notes)
        {
            sb.Append("# ").Append(note).Append('\n');
        }

        foreach (var (name, row) in _weights.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(name);
            sb.Append('\t');
            sb.AppendJoin(' ', row.Select(r => string.Create(CultureInfo.InvariantCulture, $"{(CaseLabel)r.Label}:{r.Weight:0.####}")));
            sb.Append('\n');
        }

        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>Reads a model from its parsed text file.</summary>
    /// <exception cref="DataFileException">Naming file and line, for a line that is not <c>name TAB LABEL:weight …</c>.</exception>
    public static AcledModel Load(DataFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var weights = new Dictionary<string, (int, float)[]>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            var tab = line.Text.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw line.Error("expected 'feature TAB LABEL:weight …'.");
            }

            var row = new List<(int, float)>();
            foreach (var part in line.Text[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = part.LastIndexOf(':');
                if (colon <= 0 || !Enum.TryParse<CaseLabel>(part[..colon], out var label) || label == CaseLabel.None
                    || !float.TryParse(part[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !float.IsFinite(w))
                {
                    throw line.Error($"'{part}' is not LABEL:weight.");
                }

                row.Add(((int)label, w));
            }

            weights[line.Text[..tab]] = [.. row];
        }

        return new AcledModel(file.Stamp, weights.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
