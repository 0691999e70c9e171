using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>
/// What the ACLED typer looks at for one event: the upper-case words of its sentence, the cue hits in them, where the
/// event's trigger and evidence lie among those words, and the event's CAMEO code, actor types and fatalities.
/// </summary>
/// <param name="Words">The sentence's words, upper case.</param>
/// <param name="Hits">The cue hits of the sentence.</param>
/// <param name="TriggerFirst">First word of the trigger (sentence-relative).</param>
/// <param name="TriggerLast">Last word of the trigger.</param>
/// <param name="EvidenceFirst">First word of the evidence.</param>
/// <param name="EvidenceLast">Last word of the evidence.</param>
/// <param name="Code">The event's CAMEO code.</param>
/// <param name="Source">The source's ACLED type, or None when there is no source.</param>
/// <param name="Target">The target's ACLED type, or None when there is no target.</param>
/// <param name="Killed">True when the event states at least one death.</param>
/// <param name="Anchored">True when the event was found by a cue alone, without a verb pattern.</param>
/// <param name="Context">The upper-case words of the sentences right before and after the event's sentence (ACLED's
/// coders read a report, not a sentence: "… turned violent" often follows the sentence that names the protest).</param>
public sealed record AcledEventView(
    ImmutableArray<string> Words,
    ImmutableArray<AcledCueHit> Hits,
    int TriggerFirst,
    int TriggerLast,
    int EvidenceFirst,
    int EvidenceLast,
    EventCode Code,
    AcledActorCategory Source,
    AcledActorCategory Target,
    bool Killed,
    bool Anchored,
    ImmutableArray<string> Context)
{
    /// <summary>True for violence: CAMEO roots 18–20, violent protest (145) and repression (175).</summary>
    public bool Violent => Code.RootNumber is 18 or 19 or 20 || Code.IsWithin(EventCode.Parse("145")) || Code.IsWithin(EventCode.Parse("175"));

    /// <summary>Builds the view of an event of a document.</summary>
    public static AcledEventView Of(Document document, DocumentEvent e, AcledCueLexicon cues, bool anchored)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(cues);
        var words = ImmutableArray.CreateBuilder<string>();
        var spans = new List<TextSpan>();
        var sentences = document.Sentences;
        var lo = 0;
        var hi = sentences.Length - 1;
        while (lo <= hi)
        {
            // The sentence holding the event: the last one starting at or before its sentence span.
            var mid = (lo + hi) / 2;
            if (sentences[mid].Span.Start <= e.Sentence.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var context = ImmutableArray.CreateBuilder<string>();
        if (hi >= 0)
        {
            var sentence = sentences[hi];
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                var span = document.Tokens[k].Span;
                spans.Add(span);
                words.Add(Upper(document.Text.AsSpan(span.Start, span.Length)));
            }

            foreach (var near in new[] { hi - 1, hi + 1 })
            {
                if (near < 0 || near >= sentences.Length)
                {
                    continue;
                }

                for (var k = sentences[near].FirstToken; k < sentences[near].EndToken; k++)
                {
                    var span = document.Tokens[k].Span;
                    context.Add(Upper(document.Text.AsSpan(span.Start, span.Length)));
                }
            }
        }

        var w = words.ToImmutable();
        int Index(int offset, bool end)
        {
            for (var i = 0; i < spans.Count; i++)
            {
                if (end ? spans[i].End >= offset : spans[i].End > offset)
                {
                    return end && spans[i].Start >= offset && i > 0 ? i - 1 : i;
                }
            }

            return Math.Max(0, spans.Count - 1);
        }

        return new AcledEventView(
            w,
            cues.Find(w),
            Index(e.Trigger.Start, false),
            Index(e.Trigger.End, true),
            Index(e.Evidence.Start, false),
            Index(e.Evidence.End, true),
            e.Code,
            e.Source?.Category ?? AcledActorCategory.None,
            e.Target?.Category ?? AcledActorCategory.None,
            e.Fatalities is { Count: > 0 },
            anchored,
            context.ToImmutable());
    }

    private static string Upper(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            buffer[i] = c is '’' or '‘' or 'ʼ' ? '\'' : c is '‐' or '‑' ? '-' : char.ToUpperInvariant(c);
        }

        return new string(buffer);
    }
}
