using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Extraction.Data;
using Sitrep.Extraction.Gazetteers;

namespace Sitrep.Cli.Commands.Gazetteer;

/// <summary>
/// <c>sitrep gazetteer build|import|lookup</c> (issue 4 points 1 and 2): build the default index, import GeoNames
/// dumps into an index, and look names up in either.
/// </summary>
internal static class GazetteerCommand
{
    /// <summary>Exit code on bad arguments or unreadable input.</summary>
    public const int BadInput = 2;

    /// <summary>Creates the command group.</summary>
    public static Command Create()
    {
        var command = new Command("gazetteer", "Build, import and query the gazetteer (GeoNames places for geocoding)");
        command.Subcommands.Add(CreateBuild());
        command.Subcommands.Add(GazetteerImportCommand.Create());
        command.Subcommands.Add(CreateLookup());
        return command;
    }

    private static Command CreateBuild()
    {
        var output = new Option<FileInfo?>("--out") { Description = "Write the index here instead of the cache under .cache/" };
        var dataRoot = CommonOptions.DataRoot();
        var build = new Command("build", "Build the default index from the npm packages and data/geo/ (done automatically on first use)") { output, dataRoot };
        build.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            try
            {
                var catalog = CommonOptions.Catalog(parse.GetValue(dataRoot));
                var watch = Stopwatch.StartNew();
                var gazetteer = catalog.BuildDefaultGazetteer();
                var buildTime = watch.Elapsed;
                var path = parse.GetValue(output)?.FullName ?? catalog.DefaultIndexPath();
                GazetteerFile.Save(gazetteer, path);
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: {gazetteer.Count:N0} places, {gazetteer.KeyCount:N0} names, built in {buildTime.TotalSeconds:0.0} s, {new FileInfo(path).Length / 1048576.0:0.0} MB"));
                writer.WriteLine(gazetteer.Stamp);
                return 0;
            }
            catch (Exception ex) when (ex is DataFileException or DirectoryNotFoundException or IOException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {ex.Message}");
                return BadInput;
            }
        });
        return build;
    }

    private static Command CreateLookup()
    {
        var names = new Argument<string[]>("NAME") { Description = "Place names to look up", Arity = ArgumentArity.OneOrMore };
        var index = new Option<FileInfo?>("--gazetteer") { Description = "An index file (from 'gazetteer import'); default: the default index" };
        var dataRoot = CommonOptions.DataRoot();
        var lookup = new Command("lookup", "List the places a name may mean, best prior first") { names, index, dataRoot };
        lookup.SetAction(parse =>
        {
            var writer = parse.InvocationConfiguration.Output;
            try
            {
                var gazetteer = Open(parse.GetValue(index), parse.GetValue(dataRoot));
                foreach (var name in parse.GetValue(names) ?? [])
                {
                    var found = gazetteer.Lookup(name);
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {found.Count} places"));
                    foreach (var (e, kind) in found.Take(10))
                    {
                        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {e.GeonameId,9} {e.Name} ({e.FeatureCode}, {e.Country}{(e.Admin1.Length > 0 ? "." + e.Admin1 : string.Empty)}) {e.Latitude:0.####},{e.Longitude:0.####} pop {e.Population:N0} [{kind}]"));
                    }
                }

                return 0;
            }
            catch (Exception ex) when (ex is DataFileException or DirectoryNotFoundException or IOException or InvalidDataException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {ex.Message}");
                return BadInput;
            }
        });
        return lookup;
    }

    /// <summary>The index at <paramref name="index"/>, or the catalog's default gazetteer.</summary>
    public static Extraction.Gazetteers.Gazetteer Open(FileInfo? index, string? dataRoot) =>
        index is not null ? GazetteerFile.Load(index.FullName) : CommonOptions.Catalog(dataRoot).Gazetteer();
}
