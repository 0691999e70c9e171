namespace Sitrep.Core.Model;

/// <summary>A backing relation stated in the text (issue 3 point 8): who backs whom, and against whom if said.</summary>
/// <param name="Backer">Actor code of the backer (<c>TURGOV</c> for "Ankara").</param>
/// <param name="Backed">Actor code of the backed side.</param>
/// <param name="Opposes">Actor code of the side the backing is against, if the text names one.</param>
/// <param name="Evidence">The words that state the relation, inside one sentence.</param>
/// <param name="Sentence">The sentence holding the evidence (issue 10 point 5: the relation's evidence across documents shows it).</param>
/// <param name="Rule">Which pattern found it (<c>x-backed</c>, <c>verb</c>, <c>relative</c>, <c>passive</c>, <c>in-support-of</c>, <c>provided-by</c>).</param>
public sealed record Alignment(ActorCode Backer, ActorCode Backed, ActorCode? Opposes, TextSpan Evidence, TextSpan Sentence, string Rule);
