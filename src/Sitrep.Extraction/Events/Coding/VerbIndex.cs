using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Extraction.Dictionaries.Tabari;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// Every surface form of every verb of a <see cref="VerbLexicon"/>, indexed by its inflected word: irregular forms from
/// <c>{…}</c> when the line gives them, else the regular inflections (<see cref="Inflection"/>); multi-word verbs
/// (<c>+CORDON_OFF</c>, <c>WIRE_+TAP</c>) keep their other words, which must stand next to the verb in the sentence.
/// </summary>
internal sealed class VerbIndex
{
    private readonly FrozenDictionary<string, ImmutableArray<VerbForm>> _byVerbWord;

    public VerbIndex(VerbLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var forms = new Dictionary<string, List<VerbForm>>(StringComparer.Ordinal);
        foreach (var block in lexicon.Blocks)
        {
            foreach (var entry in block.Verbs)
            {
                var code = entry.Code ?? block.Code;
                foreach (var form in FormsOf(entry))
                {
                    var verbWord = form.Words[form.Index];
                    if (!forms.TryGetValue(verbWord, out var list))
                    {
                        forms[verbWord] = list = [];
                    }

                    list.Add(new VerbForm(form.Words, form.Index, block, code));
                }
            }
        }

        // Longest form first, so that CORDONED OFF wins over a plain CORDONED.
        _byVerbWord = forms.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(f => f.Words.Length).ToImmutableArray(),
            StringComparer.Ordinal);
    }

    /// <summary>The longest verb form whose inflected word is <paramref name="words"/>[<paramref name="index"/>] and whose other words stand around it.</summary>
    public VerbForm? Match(IReadOnlyList<string> words, int index)
    {
        if (!_byVerbWord.TryGetValue(words[index], out var candidates))
        {
            return null;
        }

        foreach (var form in candidates)
        {
            if (Fits(form, words, index))
            {
                return form;
            }
        }

        return null;
    }

    /// <summary>
    /// Every verb form (of every block) whose inflected word is <paramref name="words"/>[<paramref name="index"/>] and
    /// whose other words stand around it, longest first: a word listed in several blocks (<c>BREAK</c> relations,
    /// <c>BREAK</c> a ceasefire) offers each block's patterns.
    /// </summary>
    public ImmutableArray<VerbForm> MatchAll(IReadOnlyList<string> words, int index)
    {
        if (!_byVerbWord.TryGetValue(words[index], out var candidates))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<VerbForm>();
        foreach (var form in candidates)
        {
            if (Fits(form, words, index))
            {
                result.Add(form);
            }
        }

        return result.ToImmutable();
    }

    // The form's other words stand around the verb word at words[index].
    private static bool Fits(VerbForm form, IReadOnlyList<string> words, int index)
    {
        var start = index - form.VerbWordIndex;
        if (start < 0 || start + form.Words.Length > words.Count)
        {
            return false;
        }

        for (var i = 0; i < form.Words.Length; i++)
        {
            if (words[start + i] != form.Words[i])
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<(ImmutableArray<string> Words, int Index)> FormsOf(VerbEntry entry)
    {
        var words = entry.Phrase.Words;
        var verb = words[entry.VerbWordIndex];
        if (entry.Forms.IsEmpty)
        {
            foreach (var inflected in Inflection.RegularForms(verb))
            {
                yield return (words.SetItem(entry.VerbWordIndex, inflected), entry.VerbWordIndex);
            }

            yield break;
        }

        yield return (words, entry.VerbWordIndex);
        foreach (var raw in entry.Forms)
        {
            // An irregular form is written like the verb line: WIRE_+TAPPED, +CORDONED_OFF or just REGRETTED.
            var parts = raw.Split('_', StringSplitOptions.RemoveEmptyEntries);
            var index = Array.FindIndex(parts, p => p.StartsWith('+'));
            var formWords = parts.Select(p => p.TrimStart('+')).ToImmutableArray();
            yield return (formWords, index >= 0 ? index : Math.Min(entry.VerbWordIndex, formWords.Length - 1));
        }
    }
}
