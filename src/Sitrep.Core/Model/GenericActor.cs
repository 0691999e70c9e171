namespace Sitrep.Core.Model;

/// <summary>
/// An unnamed or generic actor (issue 8 point 1): "police", "gunmen", "unidentified armed men", "Hindu and Muslim
/// mobs", "suspected Boko Haram fighters". Not a named entity: a noun phrase whose head says what kind of actor it is.
/// </summary>
/// <param name="Span">The whole phrase in <see cref="Document.Text"/> ("unidentified armed men").</param>
/// <param name="Head">The head noun that made it an actor ("men").</param>
/// <param name="Code">The CAMEO code as far as the phrase gives it: the agent alone (<c>COP</c>, <c>REB</c>) or with
/// the country or group the phrase names (<c>INDCOP</c> for "Indian police"). The event coder adds the country of the
/// event's context to an agent-only code.</param>
/// <param name="Category">ACLED's actor type.</param>
/// <param name="Name">A normalised label in ACLED's style ("Police Forces", "Rioters", "Unidentified Armed Group").</param>
/// <param name="Country">ISO 3166 alpha-3 code of the country the phrase names ("Indian police" → <c>IND</c>), else null.</param>
/// <param name="Rule">How it was found: the lexicon line of its head and the modifiers that changed it.</param>
public sealed record GenericActor(TextSpan Span, TextSpan Head, ActorCode Code, AcledActorCategory Category, string Name, string? Country, string Rule);
