using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Casualties;

/// <summary>
/// Chooses an event's fatalities and injuries among the casualty statements of its sentence (issue 8 point 3): for each
/// kind, the statement whose casualty word is the trigger itself, else the nearest one in the trigger's clause, else the
/// nearest one in the sentence. Clauses are cut at ";", dashes and "but", "while", "whereas", "meanwhile", "however",
/// "although", "though", so that "troops shelled the town; in Idlib a bomb killed 5" does not give the shelling 5.
/// </summary>
public static class CasualtyPicker
{
    private static readonly string[] ClauseWords = ["but", "while", "whereas", "meanwhile", "however", "although", "though"];

    /// <summary>Reads the sentence and picks the event's casualties.</summary>
    /// <inheritdoc cref="Pick(string, TextSpan, TextSpan, IReadOnlyList{CasualtyStatement})"/>
    public static EventCasualties Pick(string text, TextSpan sentence, TextSpan trigger)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pick(text, sentence, trigger, CasualtyReader.Read(text, sentence));
    }

    /// <summary>Picks an event's fatalities and injuries among <paramref name="statements"/>.</summary>
    /// <param name="text">The raw text (for a document, <see cref="Document.Text"/>).</param>
    /// <param name="sentence">The event's sentence (<see cref="DocumentEvent.Sentence"/>).</param>
    /// <param name="trigger">The event's trigger or evidence (<see cref="DocumentEvent.Trigger"/>); distances are measured from it.</param>
    /// <param name="statements">The statements of the sentence, as <see cref="CasualtyReader"/> returns them; those outside the sentence are ignored.</param>
    /// <returns>The chosen counts; a kind is null when the sentence states none.</returns>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="sentence"/> reaches past the end of <paramref name="text"/>.</exception>
    public static EventCasualties Pick(string text, TextSpan sentence, TextSpan trigger, IReadOnlyList<CasualtyStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sentence.End, text.Length, nameof(sentence));
        var clause = ClauseOf(text, sentence, trigger);
        var killed = Nearest(statements, CasualtyKind.Killed, clause, sentence, trigger);
        var injured = Nearest(statements, CasualtyKind.Injured, clause, sentence, trigger);
        return killed is null && injured is null ? EventCasualties.None : new EventCasualties(killed, injured);
    }

    /// <summary>The clause of <paramref name="sentence"/> that holds <paramref name="trigger"/>; the sentence when the
    /// trigger is not inside it.</summary>
    /// <param name="text">The raw text.</param>
    /// <param name="sentence">The sentence; indices into <paramref name="text"/>.</param>
    /// <param name="trigger">The trigger; indices into <paramref name="text"/>.</param>
    public static TextSpan ClauseOf(string text, TextSpan sentence, TextSpan trigger)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sentence.End, text.Length, nameof(sentence));
        if (!sentence.Contains(trigger))
        {
            return sentence;
        }

        var start = sentence.Start;
        for (var i = trigger.Start - 1; i >= sentence.Start; i--)
        {
            if (BoundaryAt(text, i, sentence))
            {
                start = i + 1;
                break;
            }
        }

        var end = sentence.End;
        for (var i = trigger.End; i < sentence.End; i++)
        {
            if (BoundaryAt(text, i, sentence))
            {
                end = i;
                break;
            }
        }

        return new TextSpan(start, Math.Max(start, end));
    }

    private static CasualtyCount? Nearest(IReadOnlyList<CasualtyStatement> statements, CasualtyKind kind, TextSpan clause, TextSpan sentence, TextSpan trigger)
    {
        CasualtyCount? best = null;
        var bestLevel = int.MaxValue;
        var bestDistance = int.MaxValue;
        foreach (var s in statements)
        {
            if (s.Kind != kind || !sentence.Contains(s.Anchor))
            {
                continue;
            }

            var level = s.Anchor.Overlaps(trigger) ? 0 : clause.Contains(s.Anchor) ? 1 : 2;
            var distance = s.Anchor.End <= trigger.Start ? trigger.Start - s.Anchor.End
                : s.Anchor.Start >= trigger.End ? s.Anchor.Start - trigger.End : 0;
            if (level < bestLevel || (level == bestLevel && distance < bestDistance))
            {
                (best, bestLevel, bestDistance) = (s.Count, level, distance);
            }
        }

        return best;
    }

    // A clause ends at ";", a dash, or before a contrastive or concessive word.
    private static bool BoundaryAt(string text, int i, TextSpan sentence)
    {
        var c = text[i];
        if (c is ';' or '—' or '–')
        {
            return true;
        }

        if (c == '-' && i > sentence.Start && i + 1 < sentence.End && text[i - 1] == ' ' && text[i + 1] == ' ')
        {
            return true;
        }

        if (!char.IsWhiteSpace(c) || i + 1 >= sentence.End || !char.IsLetter(text[i + 1]))
        {
            return false;
        }

        var w = i + 1;
        while (w < sentence.End && char.IsLetter(text[w]))
        {
            w++;
        }

        var word = text.AsSpan(i + 1, w - i - 1);
        foreach (var candidate in ClauseWords)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
