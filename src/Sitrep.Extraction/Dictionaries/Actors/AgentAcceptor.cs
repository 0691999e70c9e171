namespace Sitrep.Extraction.Dictionaries.Actors;

/// <summary>Accepts the first agent stored under a phrase (agents are not dated).</summary>
internal struct AgentAcceptor : IPhraseAcceptor<AgentCandidate>
{
    public AgentCandidate? Found { get; private set; }

    public bool Accept(ReadOnlySpan<AgentCandidate> values, int length)
    {
        Found = values.IsEmpty ? null : values[0];
        return Found is not null;
    }
}
