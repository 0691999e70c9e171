using System.Globalization;
using System.Text;
using Sitrep.Core.Text;

namespace Sitrep.Corpus.Actors;

/// <summary>
/// The transliteration key of a name (issue 10 point 4): spellings that romanise one Arabic (or Persian, Turkish) name
/// in different ways get one key, so Haftar, Hifter and Heftar, Serraj, Sarraj and al-Sarraj, Gaddafi, Qaddafi and
/// Kadhafi meet in one alias lookup. The rule, applied per word after folding case and diacritics:
/// <list type="number">
/// <item>the Arabic article attached by a hyphen or apostrophe (<c>al-</c>, <c>el-</c>, <c>ad-</c>, <c>ash-</c>,
/// <c>as-</c>, <c>at-</c>, <c>az-</c>, <c>an-</c>, <c>ar-</c>) is dropped, and so is a word <c>al</c> or <c>el</c> standing alone
/// before another word;</item>
/// <item>digraphs of one sound become one letter: <c>kh</c>, <c>gh</c>, <c>q</c>, <c>g</c>, <c>c</c>, <c>ck</c> → <c>k</c>;
/// <c>dh</c>, <c>z</c> → <c>d</c> (ذ is written d, dh or z); <c>ph</c> → <c>f</c>; <c>ou</c>, <c>oo</c> → <c>u</c>;</item>
/// <item>vowels fall into two classes: front and open <c>a e i</c> (and <c>y</c> not before a vowel) → <c>a</c>, back
/// <c>o u</c> → <c>u</c>; so <c>ei</c>, <c>ay</c>, <c>ai</c> become <c>a</c>;</item>
/// <item>a letter repeated (a doubled consonant, a run of one vowel class) is written once; a final <c>h</c> after a
/// vowel is dropped (Abdallah, Abdalla).</item>
/// </list>
/// A word written in capitals, of at most <see cref="MaxAcronymLetters"/> letters (<c>SEC</c>, <c>U.S.</c>), is an acronym:
/// its key is its letters as written, upper case, so that <c>BBC</c> is not <c>BCC</c> nor <c>SEC</c> a transliteration of
/// <c>Sec</c>. Front against back vowels stay apart, which keeps Hassan (<c>hasan</c>) and Hussein (<c>husan</c>) apart. Keys of two
/// spellings may still differ by one vowel class in long names (Abdelaziz, Abdulaziz): <see cref="Matches"/> accepts
/// that only for keys of <see cref="MinFuzzyLength"/> letters or more whose consonant skeletons are equal.
/// </summary>
public static class NameKey
{
    /// <summary>Shortest key that may match another at one vowel edit (shorter names are too easily confused).</summary>
    public const int MinFuzzyLength = 8;

    /// <summary>Longest word in capitals read as an acronym.</summary>
    public const int MaxAcronymLetters = 5;

    /// <summary>Longest name read, in characters; the rest is ignored.</summary>
    public const int MaxChars = 200;

    private static readonly string[] Articles = ["al", "el", "ad", "ash", "as", "at", "az", "an", "ar"];

    /// <summary>The key of a whole name: the keys of its words, space-separated (empty when it has no letter).</summary>
    /// <param name="name">A name as written (<c>Fayez al-Serraj</c>).</param>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Words(name);
        var keys = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            // A free-standing article before another word ("al Sarraj") is the attached one written apart.
            if (i + 1 < words.Count && words[i] is "al" or "el")
            {
                continue;
            }

            var key = AcronymKey(words[i]) ?? OfWord(words[i]);
            if (key.Length > 0)
            {
                keys.Add(key);
            }
        }

        return string.Join(' ', keys);
    }

    /// <summary>The key of one word (<c>al-Sarraj</c> → <c>saraj</c>), after folding case and diacritics.</summary>
    /// <param name="word">One word; hyphens and apostrophes inside it are read as the article's joint.</param>
    public static string OfWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = Fold(word);
        foreach (var article in Articles)
        {
            if (w.Length > article.Length + 2 && w.StartsWith(article, StringComparison.Ordinal) && w[article.Length] is '-' or '\'')
            {
                w = w[(article.Length + 1)..];
                break;
            }
        }

        Span<char> letters = w.Length <= 256 ? stackalloc char[w.Length] : new char[w.Length];
        var n = 0;
        foreach (var c in w)
        {
            if (c is >= 'a' and <= 'z')
            {
                letters[n++] = c;
            }
        }

        return Encode(letters[..n]);
    }

    /// <summary>The consonant skeleton of a key: its letters without the vowel classes (<c>hasan</c> → <c>hsn</c>).</summary>
    /// <param name="key">A key from <see cref="Of"/>.</param>
    public static string Skeleton(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<char> consonants = key.Length <= 256 ? stackalloc char[key.Length] : new char[key.Length];
        var n = 0;
        foreach (var c in key)
        {
            if (c is not ('a' or 'u'))
            {
                consonants[n++] = c;
            }
        }

        return n == key.Length ? key : new string(consonants[..n]);
    }

    /// <summary>
    /// True when two keys name one name: equal, or (both at least <see cref="MinFuzzyLength"/> letters) with equal
    /// skeletons and one vowel class changed, added or dropped.
    /// </summary>
    /// <param name="a">A key.</param>
    /// <param name="b">Another key.</param>
    public static bool Matches(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a == b)
        {
            return a.Length > 0;
        }

        return a.Length >= MinFuzzyLength && b.Length >= MinFuzzyLength && Skeleton(a) == Skeleton(b) && EditDistance.AtMostOne(a, b);
    }

    /// <summary>
    /// The spelling of a name: its letters and digits, case and diacritics folded, nothing else (<c>J.P. Industries</c>
    /// and <c>JP Industries</c> are spelled alike; <c>Hifter</c> and <c>Haftar</c> are not).
    /// </summary>
    /// <param name="name">A name as written.</param>
    public static string Spelling(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = Fold(name.Length > MaxChars ? name[..MaxChars] : name);
        Span<char> kept = folded.Length <= 512 ? stackalloc char[folded.Length] : new char[folded.Length];
        var n = 0;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                kept[n++] = c;
            }
        }

        return n == folded.Length ? folded : new string(kept[..n]);
    }

    // A word in capitals of 2 to MaxAcronymLetters letters, dots allowed (U.S.): its letters, upper case; else null.
    private static string? AcronymKey(string word)
    {
        Span<char> letters = stackalloc char[MaxAcronymLetters];
        var n = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                if (n == MaxAcronymLetters)
                {
                    return null;
                }

                letters[n++] = c;
            }
            else if (c != '.')
            {
                return null;
            }
        }

        return n >= 2 ? new string(letters[..n]) : null;
    }

    // The words of a name, casing kept (acronyms are read from it), trimmed of punctuation; a free-standing article lower-cased.
    private static List<string> Words(string name)
    {
        var text = name.Length > MaxChars ? name[..MaxChars] : name;
        var words = new List<string>();
        foreach (var part in text.Split([' ', '\t', '\n', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = part.Trim('\'', '"', '-', '(', ')', '\u2019', '\u2018');
            trimmed = trimmed.EndsWith('.') && AcronymKey(trimmed) is null ? trimmed.TrimEnd('.') : trimmed;
            if (trimmed.Length > 0)
            {
                words.Add(trimmed is "Al" or "El" or "AL" or "EL" ? trimmed.ToLowerInvariant() : trimmed);
            }
        }

        return words;
    }

    // Lower case, diacritics removed (Erdoğan → erdogan), typographic apostrophes as ASCII.
    private static string Fold(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            // ASCII has no diacritics: lower case, and the backtick as an apostrophe (what the general path gives it).
            return string.Create(text.Length, text, static (span, t) =>
            {
                for (var i = 0; i < t.Length; i++)
                {
                    var c = char.ToLowerInvariant(t[i]);
                    span[i] = c == '`' ? '\'' : c;
                }
            });
        }

        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Under invariant globalisation Normalize does not decompose: Latin letters with diacritics fold by table.
            if (LatinFold.Fold(c) is not '\0' and var plain)
            {
                sb.Append(char.ToLowerInvariant(plain));
                continue;
            }

            sb.Append(c switch { '\u2019' or '\u2018' or '`' or '\u02bf' or '\u02be' => '\'', 'ı' => 'i', _ => c });
        }

        return sb.ToString();
    }

    private static string Encode(ReadOnlySpan<char> w)
    {
        var sb = new ValueBuffer(w.Length <= 256 ? stackalloc char[w.Length] : new char[w.Length]);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            char code;
            if ((c is 'k' or 'g' && next == 'h') || (c == 'c' && next == 'k') || (c == 'd' && next == 'h') || (c == 'p' && next == 'h'))
            {
                code = c switch { 'd' => 'd', 'p' => 'f', _ => 'k' };
                i++;
            }
            else
            {
                code = c switch
                {
                    'q' or 'g' or 'c' => 'k',
                    'z' => 'd',
                    'a' or 'e' or 'i' => 'a',
                    'o' or 'u' => 'u',
                    'y' => IsVowel(next) ? 'y' : 'a',
                    _ => c,
                };
            }

            if (sb.Length > 0 && sb[^1] == code)
            {
                continue;
            }

            sb.Append(code);
        }

        // A final h after a vowel is silent (Abdallah, Abdalla).
        if (sb.Length > 2 && sb[^1] == 'h' && sb[^2] is 'a' or 'u')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    // The few StringBuilder members Encode uses, over a caller's buffer (no heap allocation but the result).
    private ref struct ValueBuffer(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;

        public int Length { get; set; }

        public readonly char this[Index index] => _buffer[..Length][index];

        public void Append(char c) => _buffer[Length++] = c;

        public override readonly string ToString() => new(_buffer[..Length]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
