namespace Sitrep.Core.Model;

/// <summary>Whose voice asserts an event (issue 10 point 3); the judging rules are in <c>docs/assertion-guideline.md</c>.</summary>
public enum AssertionKind
{
    /// <summary>The reporter's own voice: the sentence states the event with no attribution.</summary>
    Reporter,

    /// <summary>A named speaker: a person or a body named or identified as itself ("Bashagha said", "the army said").</summary>
    Speaker,

    /// <summary>An unnamed source: "officials said", "a security source told Reuters", "witnesses said".</summary>
    Anonymous,

    /// <summary>A document: "according to a U.N. report", "the statement said".</summary>
    Document,
}
