namespace Sitrep.Text.Syntax;

/// <summary>
/// Configuration of the arc-eager transition system (Nivre 2003) over nodes <c>0..n</c>, node 0 the artificial root
/// and node <c>i</c> the word <c>i-1</c>. The root takes one child only, so every sentence gets exactly one root word.
/// Mutable and reused across sentences: one per thread.
/// </summary>
internal sealed class ArcEagerState
{
    /// <summary>Move the first buffer node onto the stack.</summary>
    public const int Shift = 0;

    /// <summary>Pop the stack top (it has a head).</summary>
    public const int Reduce = 1;

    /// <summary>Attach the stack top to the first buffer node and pop it.</summary>
    public const int Left = 2;

    /// <summary>Attach the first buffer node to the stack top and push it.</summary>
    public const int Right = 3;

    private int[] _stack = new int[64];

    /// <summary>Number of words.</summary>
    public int Words { get; private set; }

    /// <summary>Stack height.</summary>
    public int Height { get; private set; }

    /// <summary>The first buffer node; past <see cref="Words"/> when the buffer is empty.</summary>
    public int Next { get; private set; }

    /// <summary>Head node of each node, -1 while unattached.</summary>
    public int[] Heads { get; private set; } = new int[64];

    /// <summary>Relation id of each node's arc, -1 while unattached.</summary>
    public int[] Labels { get; private set; } = new int[64];

    /// <summary>Leftmost child of each node, -1 if none.</summary>
    public int[] LeftChild { get; private set; } = new int[64];

    /// <summary>Rightmost child of each node, -1 if none.</summary>
    public int[] RightChild { get; private set; } = new int[64];

    /// <summary>Number of left children of each node.</summary>
    public int[] LeftCount { get; private set; } = new int[64];

    /// <summary>Number of right children of each node.</summary>
    public int[] RightCount { get; private set; } = new int[64];

    /// <summary>True when the buffer is empty.</summary>
    public bool Terminal => Next > Words;

    /// <summary>The stack node <paramref name="depth"/> below the top, or -1.</summary>
    public int Stack(int depth) => depth < Height ? _stack[Height - 1 - depth] : -1;

    /// <summary>The buffer node <paramref name="offset"/> after the first, or -1.</summary>
    public int Buffer(int offset) => Next + offset <= Words ? Next + offset : -1;

    /// <summary>Starts a sentence of <paramref name="words"/> words: stack [root], buffer all words.</summary>
    public void Reset(int words)
    {
        if (Heads.Length < words + 1)
        {
            var size = Math.Max(words + 1, Heads.Length * 2);
            _stack = new int[size];
            Heads = new int[size];
            Labels = new int[size];
            LeftChild = new int[size];
            RightChild = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
        }

        Words = words;
        var n = words + 1;
        Heads.AsSpan(0, n).Fill(-1);
        Labels.AsSpan(0, n).Fill(-1);
        LeftChild.AsSpan(0, n).Fill(-1);
        RightChild.AsSpan(0, n).Fill(-1);
        LeftCount.AsSpan(0, n).Clear();
        RightCount.AsSpan(0, n).Clear();
        _stack[0] = 0;
        Height = 1;
        Next = 1;
    }

    /// <summary>True when the transition may be applied now.</summary>
    public bool IsValid(int transition)
    {
        var s0 = Stack(0);
        return transition switch
        {
            Shift => !Terminal,
            Reduce => s0 > 0 && Heads[s0] >= 0,
            Left => !Terminal && s0 > 0 && Heads[s0] < 0,
            Right => !Terminal && s0 >= 0 && (s0 > 0 || RightCount[0] == 0),
            _ => false,
        };
    }

    /// <summary>Applies a valid transition; <paramref name="label"/> is the relation id for arcs.</summary>
    public void Apply(int transition, int label)
    {
        switch (transition)
        {
            case Shift:
                _stack[Height++] = Next++;
                break;
            case Reduce:
                Height--;
                break;
            case Left:
                Attach(Next, _stack[--Height], label);
                break;
            default:
                Attach(_stack[Height - 1], Next, label);
                _stack[Height++] = Next++;
                break;
        }
    }

    /// <summary>The static oracle's transition for a projective gold tree (<paramref name="gold"/> holds each node's head).</summary>
    public int Oracle(ReadOnlySpan<int> gold)
    {
        var s0 = Stack(0);
        var b0 = Next;
        if (s0 > 0 && gold[s0] == b0)
        {
            return Left;
        }

        if (gold[b0] == s0)
        {
            return Right;
        }

        if (s0 > 0 && Heads[s0] >= 0)
        {
            for (var k = b0; k <= Words; k++)
            {
                if (gold[k] == s0)
                {
                    return Shift; // s0 still has children in the buffer
                }
            }

            return Reduce;
        }

        return Shift;
    }

    private void Attach(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        if (dependent < head)
        {
            LeftCount[head]++;
            if (LeftChild[head] < 0 || dependent < LeftChild[head])
            {
                LeftChild[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            if (dependent > RightChild[head])
            {
                RightChild[head] = dependent;
            }
        }
    }
}
