using System.CommandLine;
using System.Globalization;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Actors;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep dictionaries generate [--check] [--data-root DIR]</c>: writes the generated dictionary files under
/// <c>data/</c> (today <c>data/actors/countries.txt</c>, from the npm package <c>world-countries</c>);
/// <c>sitrep dictionaries casing</c> builds the word-casing table (<see cref="DictionariesCasingCommand"/>).
/// </summary>
internal static class DictionariesCommand
{
    /// <summary>Exit code of <c>--check</c> when a generated file differs from what is committed.</summary>
    public const int ExitStale = 1;

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var check = new Option<bool>("--check") { Description = "Do not write: exit 1 when a generated file differs from the one under data/" };
        var dataRoot = CommonOptions.DataRoot();
        var generate = new Command("generate", $"Regenerate data/{CountryActorGenerator.RelativePath} from node_modules/{CountryActorGenerator.Package}") { check, dataRoot };
        generate.SetAction(async (parse, ct) =>
        {
            var catalog = CommonOptions.Catalog(parse.GetValue(dataRoot));
            return await GenerateAsync(catalog, parse.GetValue(check), parse.InvocationConfiguration.Output, ct).ConfigureAwait(false);
        });
        return new Command("dictionaries", "Maintain Sitrep's dictionary files") { generate, DictionariesCasingCommand.Create() };
    }

    /// <summary>Generates (or checks) the files; returns the exit code.</summary>
    public static async Task<int> GenerateAsync(DataCatalog catalog, bool checkOnly, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
        var path = Path.Combine(catalog.Root, DataCatalog.DataFolder, CountryActorGenerator.RelativePath);
        var text = CountryActorGenerator.Generate(catalog);
        var current = File.Exists(path) ? await File.ReadAllTextAsync(path, ct).ConfigureAwait(false) : null;
        var lines = text.Count(c => c == '\n');
        if (checkOnly)
        {
            var same = string.Equals(current, text, StringComparison.Ordinal);
            await output.WriteLineAsync(same ? $"{path}: up to date" : $"{path}: differs from the generated file; run 'sitrep dictionaries generate'").ConfigureAwait(false);
            return same ? 0 : ExitStale;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text, ct).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path}: {lines} lines written")).ConfigureAwait(false);
        return 0;
    }
}
