namespace Sitrep.Extraction.Events.Casualties;

/// <summary>
/// The count phrases of one scope, found left to right without overlap, indexed by first and by end token, with a claim
/// flag so that one phrase counts for one casualty word only.
/// </summary>
internal readonly ref struct PhraseTable
{
    private readonly Span<CountPhrase> _phrases;
    private readonly Span<int> _startsAt;
    private readonly Span<int> _endsAt;
    private readonly Span<bool> _claimed;

    /// <summary>Finds the phrases of <paramref name="view"/> into caller-owned buffers.</summary>
    /// <param name="view">The tokens.</param>
    /// <param name="phrases">At least <c>view.Count</c> slots.</param>
    /// <param name="index">At least <c>2 * (view.Count + 1)</c> slots.</param>
    /// <param name="claimed">At least <c>view.Count</c> slots.</param>
    public PhraseTable(TokenView view, Span<CountPhrase> phrases, Span<int> index, Span<bool> claimed)
    {
        View = view;
        _startsAt = index[..(view.Count + 1)];
        _endsAt = index.Slice(view.Count + 1, view.Count + 1);
        _startsAt.Fill(-1);
        _endsAt.Fill(-1);
        var n = 0;
        for (var i = 0; i < view.Count;)
        {
            if (CountPhraseParser.TryParse(view, i, out var p) && p.End > i)
            {
                phrases[n] = p;
                _startsAt[p.Start] = n;
                _endsAt[p.End] = n;
                n++;
                i = p.End;
            }
            else
            {
                i++;
            }
        }

        _phrases = phrases[..n];
        _claimed = claimed[..n];
        _claimed.Clear();
    }

    /// <summary>The tokens.</summary>
    public TokenView View { get; }

    /// <summary>The phrase numbered <paramref name="p"/>.</summary>
    public CountPhrase this[int p] => _phrases[p];

    /// <summary>The phrase whose first token is <paramref name="token"/>, or -1.</summary>
    public int StartingAt(int token) => (uint)token < (uint)_startsAt.Length ? _startsAt[token] : -1;

    /// <summary>The phrase whose last token is <paramref name="token"/> (its end is <c>token + 1</c>), or -1.</summary>
    public int EndingWith(int token) => (uint)(token + 1) < (uint)_endsAt.Length && token >= 0 ? _endsAt[token + 1] : -1;

    /// <summary>True when phrase <paramref name="p"/> already counts for a casualty word.</summary>
    public bool IsClaimed(int p) => _claimed[p];

    /// <summary>Marks phrase <paramref name="p"/> as counting for a casualty word.</summary>
    public void Claim(int p) => _claimed[p] = true;
}
