namespace Sitrep.Tests;

/// <summary>
/// Where tests find their inputs: the read-only gold and corpus data in <c>../shared/data</c> (never copied into the
/// repository) and files of this checkout, both found by walking up from the test binary. Linked into every test
/// project by <c>Directory.Build.props</c>.
/// </summary>
internal static class TestPaths
{
    /// <summary>A path under <c>shared/data</c>, e.g. <c>SharedData("seed", "x.gold.json")</c>.</summary>
    /// <exception cref="DirectoryNotFoundException">When no <c>shared/data</c> lies above the test binary.</exception>
    public static string SharedData(params string[] parts) => Path.Combine([Up(Path.Combine("shared", "data")), .. parts]);

    /// <summary>A path inside this checkout (the folder holding <c>Sitrep.sln</c>).</summary>
    public static string Repo(params string[] parts) => Path.Combine([Path.GetDirectoryName(UpFile("Sitrep.sln"))!, .. parts]);

    private static string Up(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"{relative} not found above {AppContext.BaseDirectory}: the tests read ../shared beside the checkout.");
    }

    private static string UpFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{name} not found above {AppContext.BaseDirectory}.");
    }
}
