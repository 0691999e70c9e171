using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Entities.Casing;
using Sitrep.Text;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep dictionaries casing --corpus DIR [--check] [--data-root DIR]</c>: builds <c>data/lexicons/word-casing.txt</c>
/// (issue 8 point 4) from the newsroom-cased articles of <see cref="WordCasingTableBuilder.DefaultSources"/> in DIR
/// (<c>../shared/data/news-corpus</c>), skipping the records marked <c>duplicate_of</c>. Exit 0, 1 when <c>--check</c>
/// finds the committed file stale, 2 when a corpus file is missing or unreadable.
/// </summary>
internal static class DictionariesCasingCommand
{
    /// <summary>Version written into the table's header; bump it when the build rules change.</summary>
    public const int TableVersion = 1;

    /// <summary>Exit code of <c>--check</c> when the committed table differs from a fresh build.</summary>
    public const int ExitStale = 1;

    /// <summary>Exit code when a corpus file is missing or malformed.</summary>
    public const int BadInput = 2;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "Folder holding bbc-news.jsonl, reuters-21578.jsonl and wikinews.jsonl (../shared/data/news-corpus).", Required = true };
        var check = new Option<bool>("--check") { Description = $"Do not write: exit 1 when data/{WordCasingTableBuilder.RelativePath} differs from a fresh build." };
        var dataRoot = CommonOptions.DataRoot();
        var command = new Command("casing", $"Build data/{WordCasingTableBuilder.RelativePath} (how news cases each word) from newsroom-cased corpora") { corpus, check, dataRoot };
        command.SetAction(async (parse, ct) =>
        {
            var catalog = CommonOptions.Catalog(parse.GetValue(dataRoot));
            return await BuildAsync(catalog, parse.GetValue(corpus)!, parse.GetValue(check), parse.InvocationConfiguration.Output, ct).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Builds (or checks) the table; returns the exit code.</summary>
    public static async Task<int> BuildAsync(DataCatalog catalog, DirectoryInfo corpus, bool checkOnly, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(output);
        var text = new PipelineBuilder().UseText().Build();
        var builder = new WordCasingTableBuilder();
        foreach (var name in WordCasingTableBuilder.DefaultSources)
        {
            var path = Path.Combine(corpus.FullName, name);
            if (!File.Exists(path))
            {
                await output.WriteLineAsync($"error: {path} does not exist; --corpus must hold {string.Join(", ", WordCasingTableBuilder.DefaultSources)}.").ConfigureAwait(false);
                return BadInput;
            }

            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                ct.ThrowIfCancellationRequested();
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    if (root.TryGetProperty("duplicate_of", out var dup) && dup.ValueKind == JsonValueKind.String)
                    {
                        continue;
                    }

                    var id = root.GetProperty("id").GetString() ?? $"{name}:{number}";
                    builder.Add(text.Process(new Document(id, root.GetProperty("text").GetString() ?? string.Empty), ct));
                }
                catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    await output.WriteLineAsync($"error: {path}:{number}: not a corpus record ({ex.Message}).").ConfigureAwait(false);
                    return BadInput;
                }
            }
        }

        string[] notes =
        [
            $"Built by: sitrep dictionaries casing --corpus ../shared/data/news-corpus (from {string.Join(", ", WordCasingTableBuilder.DefaultSources)}; records marked duplicate_of skipped).",
            string.Create(CultureInfo.InvariantCulture, $"Counted: {builder.Words:N0} words inside newsroom-cased sentences of {builder.Documents:N0} articles; words seen fewer than {WordCasingTableBuilder.MinCount} times are left out unless only in lower case."),
            "Sources and terms: BBC News 2004-2005 (D. Greene and P. Cunningham, ICML 2006; non-commercial research use), Reuters-21578 Distribution 1.0",
            "(Reuters Ltd. and Carnegie Group; research use), English Wikinews 2019-2020 (CC BY 2.5, credit Wikinews). The file holds word-form counts",
            "only, no text of any article.",
        ];
        var table = builder.ToText(TableVersion, notes);
        var target = Path.Combine(catalog.Root, DataCatalog.DataFolder, WordCasingTableBuilder.RelativePath);
        if (checkOnly)
        {
            var current = File.Exists(target) ? await File.ReadAllTextAsync(target, ct).ConfigureAwait(false) : null;
            var same = string.Equals(current, table, StringComparison.Ordinal);
            await output.WriteLineAsync(same ? $"{target}: up to date" : $"{target}: differs from a fresh build; run 'sitrep dictionaries casing --corpus DIR'").ConfigureAwait(false);
            return same ? 0 : ExitStale;
        }

        await File.WriteAllTextAsync(target, table, ct).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{target}: {table.Count(c => c == '\n')} lines written from {builder.Documents:N0} articles")).ConfigureAwait(false);
        return 0;
    }
}
