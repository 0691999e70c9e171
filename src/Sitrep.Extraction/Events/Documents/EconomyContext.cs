using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>
/// Issue 8 point 5: a sentence about money and markets ("a takeover battle", "the slide of the Lebanese pound", "the
/// explosion of prices") uses the words of violence as metaphors. The one-word members of the verb dictionary's
/// <c>&amp;ECONOMY</c> synset mark it when one stands in lower case (a word, not part of a name). A dictionary without
/// the synset marks nothing.
/// </summary>
internal sealed class EconomyContext
{
    /// <summary>The name of the synset in the verb dictionary.</summary>
    public const string SynsetName = "&ECONOMY";

    private readonly FrozenSet<string> _words;

    public EconomyContext(EventDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _words = dictionary.SynsetMembersOrEmpty(SynsetName).Where(m => m.Length == 1).Select(m => m[0]).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>For each sentence of <paramref name="document"/>, true when it holds a money or market word in lower case.</summary>
    public bool[] Sentences(Document document, WordCache words)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = new bool[document.Sentences.Length];
        if (_words.Count == 0)
        {
            return result;
        }

        for (var s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            for (var k = sentence.FirstToken; k < sentence.EndToken && !result[s]; k++)
            {
                var span = document.Tokens[k].Span;
                var text = document.Text.AsSpan(span.Start, span.Length);
                result[s] = text.Length > 0 && char.IsLower(text[0]) && _words.Contains(words.Normalize(text));
            }
        }

        return result;
    }

    /// <summary>True when the trigger at <paramref name="trigger"/> of <paramref name="text"/> is no verb form: not in -ed, -ing or -en.</summary>
    public static bool IsNounTrigger(string text, TextSpan trigger)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = text.AsSpan(trigger.Start, trigger.Length).Trim();
        var last = word.LastIndexOf(' ');
        word = last >= 0 ? word[(last + 1)..] : word;
        return !(word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase));
    }
}
