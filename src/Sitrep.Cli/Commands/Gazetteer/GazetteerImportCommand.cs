using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Cli.Commands.Gazetteer;

/// <summary>
/// <c>sitrep gazetteer import DIR [--out FILE] [--without-defaults] [--all-features] [--strict]</c>: builds an index from
/// GeoNames dump files (issue 4 point 2) and prints what each file gave, the malformed rows with file and line, and
/// where the index went. Use the index with <c>--gazetteer FILE</c>.
/// </summary>
internal static class GazetteerImportCommand
{
    /// <summary>Default output file name, in the current directory.</summary>
    public const string DefaultOutput = "gazetteer-geonames.bin";

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "Folder of GeoNames dump files (allCountries.txt or cities*.txt, countryInfo.txt, admin1CodesASCII.txt, no-country.txt, alternateNamesV2.txt)" };
        var output = new Option<FileInfo?>("--out") { Description = $"Index file to write (default: ./{DefaultOutput})" };
        var withoutDefaults = new Option<bool>("--without-defaults") { Description = "Do not start from the default gazetteer (npm packages); use the dumps and data/geo/ only" };
        var allFeatures = new Option<bool>("--all-features") { Description = "Keep every feature class (streams, hotels, mountains…), not only places, divisions and regions" };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first malformed row instead of counting it" };
        var dataRoot = CommonOptions.DataRoot();
        var command = new Command("import", "Build a gazetteer index from GeoNames dumps, streaming") { dir, output, withoutDefaults, allFeatures, strict, dataRoot };
        command.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var catalog = CommonOptions.Catalog(parse.GetValue(dataRoot));
                var options = new GeoNamesImportOptions
                {
                    IncludeDefaults = !parse.GetValue(withoutDefaults),
                    Features = parse.GetValue(allFeatures) ? null : GeoNamesImportOptions.DefaultFeatures,
                    Lenient = !parse.GetValue(strict),
                };
                var watch = Stopwatch.StartNew();
                var gazetteer = GeoNamesImporter.Import(parse.GetValue(dir)!.FullName, catalog, options, out var report);
                var path = parse.GetValue(output)?.FullName ?? Path.GetFullPath(DefaultOutput);
                GazetteerFile.Save(gazetteer, path);
                foreach (var f in report.Files)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {f.Name}: {f.Rows:N0} rows, {f.Kept:N0} kept"));
                }

                foreach (var p in report.Problems)
                {
                    error.WriteLine($"  malformed: {p}");
                }

                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: {gazetteer.Count:N0} places, {gazetteer.KeyCount:N0} names, {report.Malformed:N0} malformed rows skipped, {watch.Elapsed.TotalSeconds:0.0} s, {new FileInfo(path).Length / 1048576.0:0.0} MB"));
                return 0;
            }
            catch (Exception ex) when (ex is DataFileException or DirectoryNotFoundException or FileNotFoundException or IOException or GeoNamesFormatException)
            {
                error.WriteLine($"error: {ex.Message}");
                return GazetteerCommand.BadInput;
            }
        });
        return command;
    }
}
