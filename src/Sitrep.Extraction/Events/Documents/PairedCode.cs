using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// A dictionary code as the event coder applies it: the code for source → target and, for a paired code
/// (<c>[042:043]</c>, a visit and its hosting), the code for target → source.
/// </summary>
/// <param name="Forward">Code of the event the source does to the target; null for a reciprocal-only code <c>[:173]</c>.</param>
/// <param name="Reverse">Code of the paired event the target does to the source, if any.</param>
public readonly record struct PairedCode(EventCode? Forward, EventCode? Reverse)
{
    /// <summary>Parses <c>190</c>, <c>042:043</c> or <c>:173</c>; false for anything else (<c>075A</c>, <c>---</c>).</summary>
    public static bool TryParse(string? text, out PairedCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var left = colon < 0 ? text : text[..colon];
        var right = colon < 0 ? string.Empty : text[(colon + 1)..];
        EventCode? forward = null;
        EventCode? reverse = null;
        if (left.Length > 0)
        {
            if (!EventCode.TryParse(left, out var f))
            {
                return false;
            }

            forward = f;
        }

        if (right.Length > 0)
        {
            if (!EventCode.TryParse(right, out var r))
            {
                return false;
            }

            reverse = r;
        }

        code = new PairedCode(forward, reverse);
        return forward is not null || reverse is not null;
    }
}
