using System.CommandLine;
using System.Globalization;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Tabari;
using Sitrep.Extraction.Events.Coding;
using Sitrep.Extraction.Syntax;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>
/// <c>sitrep eval petrarch --gold FILE [--dictionaries DIR] [--min-exact X]</c>: the share of active validation records
/// whose coded event multiset equals the gold one, coded from the supplied parses or, with <c>--raw</c>, from the raw text with our own tagger and parser (issue 3 points 5 and 6); per-category
/// counts and every failing record with expected and coded events. Exit 0; 1 below <c>--min-exact</c>; 2 on bad input.
/// </summary>
internal static class EvalPetrarchCommand
{
    /// <summary>Exit code when the share is below <c>--min-exact</c>.</summary>
    public const int BelowBar = EvalExit.BelowBar;

    /// <summary>Exit code for bad arguments or input.</summary>
    public const int BadInput = EvalExit.BadInput;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Validation records (e.g. ../shared/data/petrarch-validation-dev.jsonl).", Required = true };
        var dictionaries = new Option<DirectoryInfo?>("--dictionaries") { Description = "Folder with PETR.Validate.* (default: petrarch-dictionaries beside the gold file)." };
        var minExact = new Option<double?>("--min-exact") { Description = "Exit 1 when the exact share (0-1) is below this." };
        var raw = new Option<bool>("--raw") { Description = "Code from each record's raw text with our own tagger and parser instead of the supplied parse." };
        var dataRoot = new Option<DirectoryInfo?>("--data-root") { Description = "Repository root holding data/ (default: found from the current folder)." };
        var command = new Command("petrarch", "Score event coding on the PETRARCH validation suite (exact event sets; supplied parse, or raw text with --raw).") { gold, dictionaries, minExact, raw, dataRoot };
        command.SetAction(r => Run(r.GetValue(gold)!, r.GetValue(dictionaries), r.GetValue(minExact), Console.Out, r.GetValue(raw) ? RawCoderFactory(r.GetValue(dataRoot)) : null));
        return command;
    }

    /// <summary>Runs the evaluation and prints the report; returns the exit code.</summary>
    /// <param name="gold">Validation records.</param>
    /// <param name="dictionaries">Dictionary folder; null for <c>petrarch-dictionaries</c> beside the gold file.</param>
    /// <param name="minExact">Bar for exit code 1; null for none.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="rawCoder">Null to code from the supplied parses; else makes the raw-text coder over the loaded dictionaries.</param>
    public static int Run(FileInfo gold, DirectoryInfo? dictionaries, double? minExact, TextWriter output, Func<CodingDictionaries, RawTextCoder>? rawCoder = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(output);
        try
        {
            var folder = dictionaries?.FullName ?? Path.Combine(gold.DirectoryName ?? ".", "petrarch-dictionaries");
            var problems = new List<TabariFormatException>();
            var dicts = TabariDictionaryFiles.Load(folder, null, problems);
            foreach (var problem in problems)
            {
                output.WriteLine($"warning: skipped {problem.Message}");
            }

            var records = ValidationRecordReader.Read(gold.Name, File.ReadLines(gold.FullName)).Where(r => r.Active).ToList();
            var outcomes = rawCoder is null ? ValidationRunner.RunAll(dicts, records) : ValidationRunner.RunAllRaw(rawCoder(dicts), records);
            foreach (var failed in outcomes.Where(o => !o.Exact))
            {
                output.WriteLine($"FAIL {failed.Record.Id}: expected [{string.Join(", ", failed.Record.Expected)}] got [{string.Join(", ", failed.Got)}]{(failed.Error is null ? string.Empty : " error: " + failed.Error)}");
            }

            foreach (var category in outcomes.GroupBy(o => o.Record.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{category.Key,-16} {category.Count(o => o.Exact),4} / {category.Count(),4}"));
            }

            var exact = outcomes.Length == 0 ? 0 : outcomes.Count(o => o.Exact) / (double)outcomes.Length;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exact event sets ({(rawCoder is null ? "supplied parse" : "raw text, own syntax")}): {outcomes.Count(o => o.Exact)} / {outcomes.Length} active records = {exact:0.0000}"));
            return minExact is { } bar && exact < bar ? BelowBar : 0;
        }
        catch (Exception ex) when (ex is FormatException or TabariFormatException or DataFileException or IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"error: {ex.Message}");
            return BadInput;
        }
    }

    /// <summary>Makes the raw-text coder with the syntax model of the catalog at <paramref name="dataRoot"/> (or the discovered one).</summary>
    internal static Func<CodingDictionaries, RawTextCoder> RawCoderFactory(DirectoryInfo? dataRoot) =>
        dicts => new RawTextCoder(dicts, (dataRoot is null ? DataCatalog.Discover() : new DataCatalog(dataRoot.FullName)).SyntaxModel());
}
