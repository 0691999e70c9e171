namespace Sitrep.Extraction.Events.Casualties;

/// <summary>A noun phrase that says how many people: tokens <c>[Start, End)</c> of a <see cref="TokenView"/>.</summary>
/// <param name="Start">First token, qualifier included ("at least").</param>
/// <param name="End">Token after the phrase (after its head noun when it has one).</param>
/// <param name="Count">How many people.</param>
/// <param name="Kind">How it states the number.</param>
/// <param name="Vague">True when the count follows a convention rather than a stated figure.</param>
/// <param name="Rule">What read it: <c>number</c>, <c>range-low</c>, <c>singular</c>, <c>vague:dozens=12</c>, <c>zero</c>.</param>
/// <param name="PersonHead">True when its head noun is a person ("civilians", "a policeman").</param>
internal readonly record struct CountPhrase(int Start, int End, int Count, PhraseKind Kind, bool Vague, string Rule, bool PersonHead);
