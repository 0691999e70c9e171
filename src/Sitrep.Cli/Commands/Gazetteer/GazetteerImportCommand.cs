using System.CommandLine;

namespace Sitrep.Cli.Commands.Gazetteer;

/// <summary><c>sitrep gazetteer import DIR [--out FILE]</c>: builds an index from GeoNames dump files (issue 4 point 2).</summary>
internal static class GazetteerImportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("DIR") { Description = "Folder of GeoNames dump files" };
        var command = new Command("import", "Build an index from GeoNames dumps (allCountries.txt or cities*.txt, countryInfo.txt, admin1CodesASCII.txt, no-country.txt, alternateNamesV2.txt)") { dir };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("error: not built yet");
            return GazetteerCommand.BadInput;
        });
        return command;
    }
}
