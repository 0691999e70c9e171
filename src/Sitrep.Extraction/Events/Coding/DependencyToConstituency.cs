using System.Collections.Immutable;
using Sitrep.Text.Syntax;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// Turns a dependency tree with Penn Treebank tags into a constituency tree of the shape <see cref="TreeEventCoder"/>
/// reads from a supplied Penn Treebank parse (issue 3 point 5: raw text coded with our own syntax). A verb heads a
/// clause <c>S → NP VP</c> (auxiliaries, passive ones included, nest <c>VP → AUX VP</c> as the treebank brackets them;
/// <c>that</c>/<c>because</c> and a leading wh-word give <c>SBAR</c>); a noun heads <c>NP</c> with its determiners,
/// modifiers and compounds flat and its post-modifiers as <c>NP → NP PP/NP/SBAR/VP</c>; a <c>case</c> word before a
/// nominal makes <c>PP → IN NP</c> (the <c>by</c> agent of a passive included); a possessor is <c>NP → NP POS</c>
/// inside the owner's phrase; conjuncts are sibling phrases with their <c>CC</c> and commas between them (clauses when
/// a conjunct has its own subject, else verb phrases); a copula heads <c>VP → BE NP/ADJP</c>. Non-projective arcs are
/// lifted to the head's head first. Pure and thread-safe.
/// </summary>
internal static class DependencyToConstituency
{
    /// <summary>Converts one sentence; an empty sentence gives a bare <c>ROOT</c>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="words"/> is null.</exception>
    public static ParseNode Convert(IReadOnlyList<DependencyWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var heads = new int[words.Count];
        for (var i = 0; i < heads.Length; i++)
        {
            heads[i] = words[i].Head is var h && h >= 0 && h < heads.Length && h != i ? h : -1;
        }

        words = Repair(words, heads);

        var tree = new DependencyTreeBuilder(words, heads).Build();
        if (InOrder(tree, words.Count))
        {
            return tree;
        }

        Projectivize(heads);
        tree = new DependencyTreeBuilder(words, heads).Build();
        return InOrder(tree, words.Count) ? tree : Flat(words);
    }

    /// <summary>
    /// Repairs two parser errors that cost a clause its subject or its possessor: a noun root whose finite verb hangs
    /// under it as a reduced relative ("Arnor, Calenardhon and Gondor welcomed …" parsed as a noun phrase) becomes the
    /// verb's subject; a possessor hanging on the verb belongs to the next noun before it ("Caras Galadhon's new mayor
    /// left"). Arcs that then cross are lifted by <see cref="Projectivize"/>.
    /// </summary>
    private static DependencyWord[] Repair(IReadOnlyList<DependencyWord> input, int[] heads)
    {
        var words = input.ToArray();
        for (var r = 0; r < words.Length; r++)
        {
            if (heads[r] >= 0 || IsVerb(words[r].Tag) || HasDependent(words, heads, r, "cop"))
            {
                continue;
            }

            for (var v = r + 1; v < words.Length; v++)
            {
                if (heads[v] == r && words[v].BaseRelation is "acl" or "parataxis" && IsFinite(words, heads, v)
                    && !HasDependent(words, heads, v, "nsubj") && !HasDependent(words, heads, v, "mark")
                    && !Enumerable.Range(0, v).Any(d => heads[d] == v && words[d].Tag.StartsWith('W')))
                {
                    heads[v] = -1;
                    heads[r] = v;
                    words[v] = words[v] with { Head = -1, Relation = "root" };
                    words[r] = words[r] with { Head = v, Relation = "nsubj" };
                    break;
                }
            }
        }

        for (var v = 0; v < words.Length; v++)
        {
            if (!IsVerb(words[v].Tag) || !IsFinite(words, heads, v))
            {
                continue;
            }

            // a possessor hanging on the verb belongs to the next noun ("Caras Galadhon's new mayor")
            for (var p = 0; p < v; p++)
            {
                if (heads[p] == v && words[p].Relation == "nmod:poss"
                    && Enumerable.Range(p + 1, v - p - 1).FirstOrDefault(d => heads[d] == v && IsNoun(words[d].Tag), -1) is var owner && owner >= 0)
                {
                    heads[p] = owner;
                    words[p] = words[p] with { Head = owner };
                }
            }
        }

        return words;
    }

    private static bool HasDependent(DependencyWord[] words, int[] heads, int head, string relation) =>
        Enumerable.Range(0, words.Length).Any(d => heads[d] == head && words[d].BaseRelation == relation);

    /// <summary>A past or present tense verb, or one with a finite auxiliary or modal.</summary>
    private static bool IsFinite(DependencyWord[] words, int[] heads, int verb) =>
        words[verb].Tag is "VBD" or "VBZ" or "VBP"
        || Enumerable.Range(0, words.Length).Any(d => heads[d] == verb && words[d].BaseRelation == "aux" && words[d].Tag is "MD" or "VBD" or "VBZ" or "VBP");

    private static bool IsNoun(string tag) => tag.StartsWith("NN", StringComparison.Ordinal) || tag == "PRP";

    private static bool IsVerb(string tag) => tag.StartsWith("VB", StringComparison.Ordinal) || tag == "MD";

    /// <summary>True when the tree's leaves are exactly words 0…n-1 in order.</summary>
    private static bool InOrder(ParseNode tree, int count)
    {
        var next = 0;
        foreach (var leaf in tree.Leaves())
        {
            if (leaf.WordIndex != next++)
            {
                return false;
            }
        }

        return next == count;
    }

    /// <summary>Lifts every non-projective arc to the head's head until the tree is projective; cycles become roots.</summary>
    private static void Projectivize(int[] heads)
    {
        for (var d = 0; d < heads.Length; d++)
        {
            if (Depth(heads, d) < 0)
            {
                heads[d] = -1;
            }
        }

        for (var changed = true; changed;)
        {
            changed = false;
            for (var d = 0; d < heads.Length; d++)
            {
                var h = heads[d];
                if (h < 0)
                {
                    continue;
                }

                for (var k = Math.Min(h, d) + 1; k < Math.Max(h, d); k++)
                {
                    if (!Dominates(heads, h, k))
                    {
                        heads[d] = heads[h];
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Steps from <paramref name="word"/> to a root; -1 on a cycle.</summary>
    private static int Depth(int[] heads, int word)
    {
        var depth = 0;
        for (var w = heads[word]; w >= 0; w = heads[w])
        {
            if (++depth > heads.Length)
            {
                return -1;
            }
        }

        return depth;
    }

    private static bool Dominates(int[] heads, int head, int word)
    {
        for (var w = word; w >= 0; w = heads[w])
        {
            if (w == head)
            {
                return true;
            }
        }

        return false;
    }

    private static ParseNode Flat(IReadOnlyList<DependencyWord> words) =>
        new("ROOT", null, -1, [new ParseNode("S", null, -1, [.. words.Select((w, i) => new ParseNode(w.Tag, w.Word, i, ImmutableArray<ParseNode>.Empty))])]);
}
