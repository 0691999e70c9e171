using System.Collections.Immutable;
using Sitrep.Text.Syntax;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>
/// A sentence as the coder sees it: its words upper-cased (dictionaries are upper case), their parts of speech, and
/// the constituency tree with word spans and parent links, built from a Penn Treebank parse.
/// </summary>
internal sealed class CodingSentence
{
    private CodingSentence(ImmutableArray<string> words, ImmutableArray<TreeNode> leaves, TreeNode root)
    {
        Words = words;
        Leaves = leaves;
        Root = root;
    }

    /// <summary>Words, upper case (<c>N'T</c>, <c>'S</c> as the treebank splits them).</summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>Pre-terminal of each word.</summary>
    public ImmutableArray<TreeNode> Leaves { get; }

    /// <summary>The root.</summary>
    public TreeNode Root { get; }

    /// <summary>Number of words.</summary>
    public int Count => Words.Length;

    /// <summary>Builds the sentence from a parse tree.</summary>
    public static CodingSentence FromParse(ParseNode tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var words = ImmutableArray.CreateBuilder<string>();
        var leaves = ImmutableArray.CreateBuilder<TreeNode>();
        var root = Build(tree, null, words, leaves);
        return new CodingSentence(words.ToImmutable(), leaves.ToImmutable(), root);
    }

    /// <summary>Every node below (and including) <paramref name="node"/>, pre-order.</summary>
    public static IEnumerable<TreeNode> Descendants(TreeNode node)
    {
        yield return node;
        foreach (var child in node.Children)
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }

    private static TreeNode Build(ParseNode parse, TreeNode? parent, ImmutableArray<string>.Builder words, ImmutableArray<TreeNode>.Builder leaves)
    {
        var node = new TreeNode(parse.Category, words.Count, words.Count, parent);
        if (parse.IsLeaf)
        {
            words.Add(parse.Word!.ToUpperInvariant());
            leaves.Add(node);
            node.End = words.Count;
            return node;
        }

        var children = ImmutableArray.CreateBuilder<TreeNode>(parse.Children.Length);
        foreach (var child in parse.Children)
        {
            children.Add(Build(child, node, words, leaves));
        }

        node.Children = children.MoveToImmutable();
        node.End = words.Count;
        return node;
    }
}
