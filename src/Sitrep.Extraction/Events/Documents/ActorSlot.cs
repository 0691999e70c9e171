using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Documents;

/// <summary>A coded actor mention inside one sentence, by token positions relative to the sentence's first token.</summary>
/// <param name="First">First token (sentence-relative).</param>
/// <param name="Last">Last token, inclusive.</param>
/// <param name="Actor">The actor as an event would carry it.</param>
/// <param name="Group">Index of the compound group ("Russia and Turkey") the slot belongs to; -1 when alone.</param>
/// <param name="Pronoun">True when the words are a pronoun standing for the actor ("they").</param>
internal sealed record ActorSlot(int First, int Last, EventActor Actor, int Group, bool Pronoun);
