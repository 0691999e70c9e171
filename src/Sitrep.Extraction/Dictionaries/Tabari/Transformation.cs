namespace Sitrep.Extraction.Dictionaries.Tabari;

/// <summary>A PETRARCH-2 transformation rule <c>~ a (a b ATTACK) SAY = a b 015</c>, kept as written.</summary>
/// <param name="Pattern">Left of <c>=</c>.</param>
/// <param name="Result">Right of <c>=</c>.</param>
/// <param name="Line">Line number.</param>
public sealed record Transformation(string Pattern, string Result, int Line);
