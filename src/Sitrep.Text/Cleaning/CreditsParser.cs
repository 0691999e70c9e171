using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Core.Model;

namespace Sitrep.Text.Cleaning;

/// <summary>Reads a wire-style credits line: <c>(Additional reporting by A in Ankara and B; Editing by C)</c>.</summary>
public static partial class CreditsParser
{
    /// <summary>True when the trimmed line is a credits line.</summary>
    public static bool IsCreditsLine(ReadOnlySpan<char> line) => CreditsLineRegex().IsMatch(line);

    /// <summary>Parses the credits line at <paramref name="line"/> of <paramref name="text"/>; name spans index <paramref name="text"/>.</summary>
    public static Credits Parse(string text, TextSpan line)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reporting = ImmutableArray.CreateBuilder<CreditedPerson>();
        var writing = ImmutableArray.CreateBuilder<CreditedPerson>();
        var editing = ImmutableArray.CreateBuilder<CreditedPerson>();
        var content = line.Of(text);
        foreach (Match part in PartRegex().Matches(content))
        {
            var role = part.Groups["role"].Value.ToUpperInvariant();
            var target = role.Contains("EDIT", StringComparison.Ordinal) ? editing
                : role.Contains("WRIT", StringComparison.Ordinal) || role.Contains("TRANSLAT", StringComparison.Ordinal) ? writing
                : reporting;
            var names = part.Groups["names"];
            foreach (Match name in NameRegex().Matches(names.Value))
            {
                var n = name.Groups["name"];
                var start = line.Start + names.Index + n.Index;
                var location = name.Groups["loc"].Success ? name.Groups["loc"].Value : null;
                target.Add(new CreditedPerson(n.Value, new TextSpan(start, start + n.Length), location) { Additional = role.StartsWith("ADDITIONAL", StringComparison.Ordinal) });
            }
        }

        return new Credits(reporting.ToImmutable(), writing.ToImmutable(), editing.ToImmutable());
    }

    [GeneratedRegex(@"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|research|written)\s+by\s+\p{Lu}.*\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CreditsLineRegex();

    [GeneratedRegex(@"(?<role>(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|research|written))\s+by\s+(?<names>[^;()]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PartRegex();

    // A name: capitalised words (with particles), optionally "in Place"; names separated by ",", "and", "&".
    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}’'.\-]*(?:\s+(?:(?:al|bin|de|da|del|van|von|der|le|la|el)\s+)?\p{Lu}[\p{L}’'.\-]*){0,4})(?:\s+in\s+(?<loc>\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,2}))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameRegex();
}
