using System.Collections.Immutable;
using Sitrep.Text.Syntax;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// The recursive part of <see cref="DependencyToConstituency"/>: builds the phrase each head projects, in word order,
/// from a (projective) dependency tree. One instance per sentence.
/// </summary>
internal sealed class DependencyTreeBuilder
{
    private readonly IReadOnlyList<DependencyWord> _words;
    private readonly List<int>[] _dependents;
    private readonly List<int> _roots = [];

    public DependencyTreeBuilder(IReadOnlyList<DependencyWord> words, int[] heads)
    {
        _words = words;
        _dependents = new List<int>[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            _dependents[i] = [];
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (heads[i] < 0)
            {
                _roots.Add(i);
            }
            else
            {
                _dependents[heads[i]].Add(i);
            }
        }
    }

    /// <summary>The tree under <c>ROOT</c>: one phrase per root word.</summary>
    public ParseNode Build() => Node("ROOT", _roots.Select(Phrase));

    /// <summary>The phrase word <paramref name="head"/> projects with all its dependents.</summary>
    private ParseNode Phrase(int head)
    {
        var phrase = Phrase(head, _dependents[head]);
        return phrase.Label is not ("NP" or "PP" or "S" or "SBAR" or "VP") && _words[head].Relation is "nsubj" or "nsubj:pass" or "obj" or "iobj" or "obl" or "obl:tmod" or "obl:npmod" or "appos"
            ? Node("NP", phrase.IsLeaf ? [phrase] : phrase.Children)
            : phrase;
    }

    private ParseNode Phrase(int head, List<int> deps)
    {
        // case before a nominal ("by Gondor", "of Arnor", "because of"): PP → IN NP; the possessive 's stays in the NP
        var cases = deps.Where(d => d < head && Rel(d) == "case" && !IsNominal(Tag(d)) && Tag(d) != "POS").ToList();
        if (cases.Count > 0 && !IsVerbal(head, deps))
        {
            var rest = deps.Where(d => d > cases[^1]).ToList();
            var before = deps.Where(d => d < cases[^1] && !cases.Contains(d)).Select(Phrase);
            return Node("PP", before.Concat(cases.SelectMany(SubtreeLeaves)).Append(Phrase(head, rest)));
        }

        if (IsVerbal(head, deps))
        {
            return Clause(head, deps);
        }

        var tag = Tag(head);
        if (IsNominal(tag))
        {
            return NounPhrase(head, deps);
        }

        if (deps.Count == 0)
        {
            return Leaf(head);
        }

        var label = tag.StartsWith("JJ", StringComparison.Ordinal) ? "ADJP" : tag.StartsWith("RB", StringComparison.Ordinal) ? "ADVP" : tag == "IN" ? "PP" : "NP";
        return Node(label, Ordered(head, deps, Phrase));
    }

    /// <summary>NP: coordination first (conjuncts as sibling NPs with CC and commas between), then base NP and post-modifiers.</summary>
    private ParseNode NounPhrase(int head, List<int> deps)
    {
        var conjuncts = deps.Where(d => d > head && Rel(d) == "conj").ToList();
        if (conjuncts.Count > 0)
        {
            var children = new List<ParseNode> { NounPhrase(head, deps.Where(d => d < conjuncts[0]).ToList()) };
            AddConjuncts(conjuncts, deps.Where(d => d > conjuncts[0] && Rel(d) != "conj"), children, (c, cdeps) => Phrase(c, cdeps));
            return Node("NP", children);
        }

        var pre = new List<ParseNode>();
        var post = new List<ParseNode>();
        var baseEnd = head;
        foreach (var d in deps)
        {
            if (d < head)
            {
                pre.Add(IsFlatModifier(d) ? Flatten(d) : Phrase(d));
            }
            else if (d == baseEnd + 1 && (Rel(d) is "flat" or "compound" or "fixed" or "goeswith" or "nummod" || Tag(d) == "POS") && _dependents[d].Count == 0)
            {
                pre.Add(Leaf(d));
                baseEnd = d;
            }
            else
            {
                post.Add(Phrase(d));
            }
        }

        var core = Node("NP", FlattenNodes(pre, head));
        return post.Count == 0 ? core : Node("NP", post.Prepend(core));
    }

    /// <summary>Pre-modifiers in word order with the head leaf inserted where it belongs.</summary>
    private IEnumerable<ParseNode> FlattenNodes(List<ParseNode> nodes, int head)
    {
        var inserted = false;
        foreach (var node in nodes)
        {
            if (!inserted && FirstWord(node) > head)
            {
                yield return Leaf(head);
                inserted = true;
            }

            if (node.Label == "FLAT")
            {
                foreach (var child in node.Children)
                {
                    yield return child;
                }
            }
            else
            {
                yield return node;
            }
        }

        if (!inserted)
        {
            yield return Leaf(head);
        }
    }

    /// <summary>
    /// A clause: subject and fronted material at S, auxiliaries and adverbs before the verb nesting VPs, complements
    /// in the VP, final punctuation and parataxis back at S; a conjunct with its own subject is a sibling clause, one
    /// without is a sibling VP. Subjectless complements are <c>S → VP</c>, except participial and relative-free
    /// noun modifiers (<c>acl</c>), which are bare VPs as in the treebank.
    /// </summary>
    private ParseNode Clause(int head, List<int> deps)
    {
        var conjuncts = deps.Where(d => d > head && Rel(d) == "conj" && IsVerbal(d, _dependents[d])).ToList();
        var clausal = conjuncts.FindIndex(HasSubject);
        if (clausal >= 0)
        {
            var first = conjuncts[clausal];
            var children = new List<ParseNode> { Clause(head, deps.Where(d => d < first).ToList()) };
            AddConjuncts(conjuncts.Skip(clausal).ToList(), deps.Where(d => d > first && Rel(d) != "conj"), children, Clause);
            return Node("S", children);
        }

        var pivot = deps.FirstOrDefault(d => Rel(d) == "cop", -1) is var cop && cop >= 0 && !IsVerb(Tag(head)) ? cop : head;
        var vpPre = new List<int>();
        var index = deps.FindLastIndex(d => d < pivot);
        for (; index >= 0; index--)
        {
            var d = deps[index];
            if (d != pivot && !IsAuxiliary(d) && Rel(d) is not ("advmod" or "neg"))
            {
                break;
            }

            if (d != pivot)
            {
                vpPre.Insert(0, d);
            }
        }

        var sPre = deps.Where(d => d < pivot && !vpPre.Contains(d) && d != pivot).ToList();
        var post = deps.Where(d => d > pivot).ToList();
        var sPost = new List<int>();
        while (post.Count > 0 && Rel(post[^1]) is "punct" or "parataxis")
        {
            sPost.Insert(0, post[^1]);
            post.RemoveAt(post.Count - 1);
        }

        // verb-phrase coordination: what follows the first conjunct goes with the coordination
        var afterConjunct = conjuncts.Count > 0 ? post.Where(d => d > conjuncts[0]).ToList() : [];
        post.RemoveAll(d => conjuncts.Count > 0 && d >= conjuncts[0]);

        ParseNode vp;
        if (pivot != head)
        {
            // copula: VP → BE predicate; the predicate is the head with what follows the copula
            var predicate = post.Where(d => d != pivot).ToList();
            predicate.AddRange(deps.Where(d => d > pivot && d < head && !predicate.Contains(d)));
            predicate.Sort();
            var inner = predicate.Count > 0 || IsNominal(Tag(head)) ? (IsNominal(Tag(head)) ? NounPhrase(head, predicate) : Node(Tag(head).StartsWith("JJ", StringComparison.Ordinal) ? "ADJP" : "NP", Ordered(head, predicate, Phrase))) : Leaf(head);
            vp = Node("VP", [Leaf(pivot), inner]);
        }
        else
        {
            vp = Node("VP", post.Select(VerbDependent).Prepend(Leaf(head)));
        }

        if (conjuncts.Count > 0)
        {
            var children = new List<ParseNode> { vp };
            AddConjuncts(conjuncts, afterConjunct.Where(d => Rel(d) != "conj" || !conjuncts.Contains(d)), children, (c, cdeps) => Clause(c, cdeps) is var sub && sub.Label == "S" && sub.Children.Length == 1 ? sub.Children[0] : sub);
            vp = Node("VP", children);
        }

        var pending = new List<ParseNode>();
        for (var i = vpPre.Count - 1; i >= 0; i--)
        {
            if (IsAuxiliary(vpPre[i]))
            {
                vp = Node("VP", pending.Prepend(Leaf(vpPre[i])).Append(vp));
                pending.Clear();
            }
            else
            {
                pending.Insert(0, Phrase(vpPre[i]));
            }
        }

        if (pending.Count > 0)
        {
            vp = Node("VP", pending.Concat(vp.Children));
        }

        var front = new List<ParseNode>();
        while (sPre.Count > 0 && (Rel(sPre[0]) == "mark" || (sPre[0] == deps[0] && Tag(sPre[0]).StartsWith('W'))))
        {
            front.Add(Tag(sPre[0]).StartsWith('W') ? Node("WHNP", SubtreeLeaves(sPre[0])) : Leaf(sPre[0]));
            sPre.RemoveAt(0);
        }

        var relation = Rel(head);
        if (sPre.Count == 0 && sPost.Count == 0 && front.Count == 0 && relation is "acl" or "conj")
        {
            return vp;
        }

        var clause = Node("S", sPre.Select(Phrase).Append(vp).Concat(sPost.Select(Phrase)));
        return front.Count == 0 ? clause : Node("SBAR", front.Append(clause));
    }

    /// <summary>A verb's complement: particles as PRT, everything else by its own head.</summary>
    private ParseNode VerbDependent(int d) => _words[d].Relation == "compound:prt" && _dependents[d].Count == 0 ? Node("PRT", [Leaf(d)]) : Phrase(d);

    /// <summary>Adds each conjunct with its leading CC and commas as siblings, then the trailing dependents.</summary>
    private void AddConjuncts(List<int> conjuncts, IEnumerable<int> trailing, List<ParseNode> children, Func<int, List<int>, ParseNode> build)
    {
        var extra = trailing.ToList();
        foreach (var c in conjuncts)
        {
            var cdeps = _dependents[c];
            var leading = cdeps.TakeWhile(d => d < c && Rel(d) is "cc" or "punct").ToList();
            foreach (var d in extra.Where(d => d < c && !conjuncts.Any(o => o < c && d < o)).ToList())
            {
                children.Add(Phrase(d));
                extra.Remove(d);
            }

            children.AddRange(leading.Select(Phrase));
            children.Add(build(c, cdeps.Where(d => !leading.Contains(d)).ToList()));
        }

        children.AddRange(extra.Select(Phrase));
    }

    private bool HasSubject(int verb) => _dependents[verb].Exists(d => Rel(d) is "nsubj" or "csubj" or "expl");

    private bool IsVerbal(int head, List<int> deps) => IsVerb(Tag(head)) || deps.Exists(d => Rel(d) == "cop");

    private bool IsAuxiliary(int d) => Rel(d) is "aux" or "cop" || (Rel(d) == "mark" && Tag(d) == "TO");

    /// <summary>A pre-modifier whose words join the base NP flat ("first Deputy Prime Minister").</summary>
    private bool IsFlatModifier(int d) => (Rel(d) is "det" || _words[d].Relation == "nmod:desc") || Rel(d) is "det" or "amod" or "compound" or "nummod" or "flat" or "advmod" && !Subtree(d).Any(w => Rel(w) is "conj" or "case");

    private ParseNode Flatten(int d) => Node("FLAT", SubtreeLeaves(d));

    private IEnumerable<ParseNode> Ordered(int head, List<int> deps, Func<int, ParseNode> phrase) =>
        deps.Where(d => d < head).Select(phrase).Append(Leaf(head)).Concat(deps.Where(d => d > head).Select(phrase));

    private IEnumerable<int> Subtree(int head) => _dependents[head].SelectMany(Subtree).Append(head).Order();

    private IEnumerable<ParseNode> SubtreeLeaves(int head) => Subtree(head).Select(Leaf);

    private static int FirstWord(ParseNode node) => node.IsLeaf ? node.WordIndex : node.Children.Length == 0 ? int.MaxValue : FirstWord(node.Children[0]);

    private string Rel(int d) => _words[d].BaseRelation;

    private string Tag(int d) => _words[d].Tag;

    private static bool IsVerb(string tag) => tag.StartsWith("VB", StringComparison.Ordinal) || tag == "MD";

    private static bool IsNominal(string tag) => tag.StartsWith("NN", StringComparison.Ordinal) || tag is "PRP" or "CD" or "DT" or "WP" or "WDT" or "EX" or "FW" or "SYM" or "$" or "PRP$";

    private ParseNode Leaf(int i) => new(_words[i].Tag, _words[i].Word, i, []);

    private static ParseNode Node(string label, IEnumerable<ParseNode> children) => new(label, null, -1, [.. children]);
}
