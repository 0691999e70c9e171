namespace Sitrep.Core.Text;

/// <summary>
/// Latin letters with diacritics folded to their ASCII base letter (<c>ş</c> → <c>s</c>, <c>ā</c> → <c>a</c>, <c>ḥ</c> → <c>h</c>):
/// a table generated once from Unicode decompositions (U+00C0–U+024F and U+1E00–U+1EFF), because string normalisation is
/// not available with invariant globalisation. Letters that fold to two (<c>ß</c>, <c>æ</c>, <c>œ</c>, <c>þ</c>) are
/// handled by the place-name folding of the gazetteer.
/// </summary>
public static class LatinFold
{
    private const string Latin1AndExtended =
        "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUY\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y"
        + "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKkkLlLlLlL"
        + "lLlNnNnNn\0\0\0OoOoOo\0\0RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs"
        + "\0\0\0\0\0\0O\0\0\0\0\0\0\0\0\0E\0f\0\0\0\0\0\0k\0\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0y\0\0\0\0\0\0\0\0\0\0\0"
        + "\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0"
        + "AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0"
        + "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";

    private const string ExtendedAdditional =
        "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMm"
        + "MmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVv"
        + "WwWwWwWwWwXxXxYyZzZzZzhtwy\0s\0\0\0\0AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEe"
        + "EeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy\0\0\0\0\0\0";

    /// <summary>The ASCII letter <paramref name="c"/> folds to, or <c>'\0'</c> when it has none.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\u00C0' and < '\u0250' => Latin1AndExtended[c - 0xC0],
        >= '\u1E00' and < '\u1F00' => ExtendedAdditional[c - 0x1E00],
        _ => '\0',
    };
}
