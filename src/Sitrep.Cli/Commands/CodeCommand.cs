using System.CommandLine;
using System.Text.Json;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Tabari;
using Sitrep.Extraction.Events.Coding;
using Sitrep.Extraction.Syntax;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep code --dictionaries DIR --input FILE.jsonl [--use-parse] [--listing FILE] [--out FILE]</c>: codes
/// validation-suite records with TABARI/PETRARCH dictionaries and writes one line per record,
/// <c>{"id":…,"events":[{"source","target","code"}]}</c> (issue 3 point 6). The dictionaries are the four
/// <c>PETR.Validate.*</c> files of DIR, or those a PETR_config.ini-style <c>--listing</c> names. Without
/// <c>--use-parse</c> each record's raw text is tokenized, tagged and parsed with our own model
/// (<see cref="RawTextCoder"/>, issue 3 point 5). Exit 0, or 2 on bad input.
/// </summary>
internal static class CodeCommand
{
    /// <summary>Exit code for bad arguments or input.</summary>
    public const int BadInput = 2;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var dictionaries = new Option<DirectoryInfo>("--dictionaries") { Description = "Folder with PETR.Validate.{actors,agents,verbs,discards}.txt (or the files --listing names).", Required = true };
        var input = new Option<FileInfo>("--input") { Description = "Records, one JSON object a line (fields id, date, text, parse, …).", Required = true };
        var useParse = new Option<bool>("--use-parse") { Description = "Code from each record's supplied Penn Treebank parse." };
        var listing = new Option<FileInfo?>("--listing") { Description = "A PETR_config.ini-style file whose [Dictionaries] section names the files in --dictionaries." };
        var output = new Option<FileInfo?>("--out") { Description = "Write here instead of standard output." };
        var dataRoot = new Option<DirectoryInfo?>("--data-root") { Description = "Repository root holding data/ with the syntax model (default: found from the current folder)." };
        var command = new Command("code", "Code events of validation-suite records with TABARI/PETRARCH dictionaries.") { dictionaries, input, useParse, listing, output, dataRoot };
        command.SetAction(r => Run(r.GetValue(dictionaries)!, r.GetValue(input)!, r.GetValue(useParse), r.GetValue(listing), r.GetValue(output), Console.Out, Console.Error, r.GetValue(dataRoot)));
        return command;
    }

    /// <summary>Runs the command; returns the exit code.</summary>
    public static int Run(DirectoryInfo dictionaries, FileInfo input, bool useParse, FileInfo? listing, FileInfo? output, TextWriter stdout, TextWriter stderr, DirectoryInfo? dataRoot = null)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        try
        {
            var problems = new List<TabariFormatException>();
            var dicts = TabariDictionaryFiles.Load(dictionaries.FullName, listing?.FullName, problems);
            foreach (var problem in problems)
            {
                stderr.WriteLine($"warning: skipped {problem.Message}");
            }

            var raw = useParse ? null : new RawTextCoder(dicts, (dataRoot is null ? DataCatalog.Discover() : new DataCatalog(dataRoot.FullName)).SyntaxModel());
            var records = ValidationRecordReader.Read(input.Name, File.ReadLines(input.FullName));
            using var file = output is null ? null : new StreamWriter(output.FullName);
            var writer = file ?? stdout;
            foreach (var record in records)
            {
                var outcome = raw is null ? ValidationRunner.Run(dicts, record) : ValidationRunner.RunRaw(raw, record);
                if (outcome.Error is not null)
                {
                    stderr.WriteLine($"warning: {record.Id}: {outcome.Error}");
                }

                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    id = record.Id,
                    events = outcome.Got.Select(e => new { source = e.Source, target = e.Target, code = e.Code }),
                }));
            }

            return 0;
        }
        catch (Exception ex) when (ex is FormatException or TabariFormatException or DataFileException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return BadInput;
        }
    }
}
