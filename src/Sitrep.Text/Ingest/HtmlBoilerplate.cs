using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Sitrep.Text.Ingest;

/// <summary>
/// Finds the text of a page that is not article text although it sits inside the article: photo captions and credits
/// (<c>figure</c>, <c>figcaption</c>), side boxes (<c>aside</c>) and inline advertisements (issue 9 point 10). An
/// element whose class or id has a caption, credit or advertisement word (<c>media-caption</c>,
/// <c>story-image-copyright</c>, <c>ad-slot</c>) counts when it is small; SmartReader must keep class names.
/// </summary>
internal static class HtmlBoilerplate
{
    /// <summary>Largest text, in characters, of an element taken as boilerplate by its class or id.</summary>
    public const int MaxBoilerplateLength = 600;

    /// <summary>Most nodes looked at when measuring an element's text (keeps the check linear on hostile pages).</summary>
    public const int MaxNodesMeasured = 600;

    private static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(["figure", "figcaption", "aside"], StringComparer.OrdinalIgnoreCase);

    // Words of class names and ids; compared whole, after splitting on '-', '_' and case changes.
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
    [
        "caption", "captions", "credit", "credits", "copyright", "ad", "ads", "advert", "adverts", "advertisement",
        "advertising", "sponsor", "sponsored", "promo", "dfp", "outbrain", "taboola",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Containers = FrozenSet.ToFrozenSet(["html", "body", "main", "article"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The text nodes under <paramref name="root"/> that lie in a caption, credit, side box or advertisement.</summary>
    public static IReadOnlySet<IText> Collect(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var found = new HashSet<IText>(ReferenceEqualityComparer.Instance);
        Visit(root, false, found);
        return found;
    }

    /// <summary>True when <paramref name="element"/> is a caption, credit, side box or advertisement.</summary>
    public static bool IsBoilerplate(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (Elements.Contains(element.LocalName))
        {
            return true;
        }

        if (Containers.Contains(element.LocalName) || !(HasWord(element.ClassName) || HasWord(element.Id)))
        {
            return false;
        }

        return IsSmall(element);
    }

    private static void Visit(INode root, bool inside, HashSet<IText> found)
    {
        // An explicit stack rather than recursion: page nesting depth is not bounded by the parser.
        var stack = new Stack<(INode Node, bool Inside)>();
        stack.Push((root, inside));
        while (stack.TryPop(out var item))
        {
            for (var child = item.Node.LastChild; child is not null; child = child.PreviousSibling)
            {
                switch (child)
                {
                    case IText text when item.Inside:
                        found.Add(text);
                        break;
                    case IElement element:
                        stack.Push((element, item.Inside || IsBoilerplate(element)));
                        break;
                }
            }
        }
    }

    private static bool HasWord(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = name.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }

            // A word ends at a non-letter or at a lower-to-upper case change (adSlot).
            var start = i++;
            while (i < span.Length && char.IsLetter(span[i]) && !(char.IsUpper(span[i]) && char.IsLower(span[i - 1])))
            {
                i++;
            }

            if (words.Contains(span[start..i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSmall(IElement element)
    {
        int length = 0, nodes = 0;
        foreach (var node in element.GetDescendants())
        {
            if (++nodes > MaxNodesMeasured)
            {
                return false;
            }

            if (node is IText text && (length += text.Data.Length) > MaxBoilerplateLength)
            {
                return false;
            }
        }

        return true;
    }
}
