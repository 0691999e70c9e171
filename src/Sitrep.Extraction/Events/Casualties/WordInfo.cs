namespace Sitrep.Extraction.Events.Casualties;

/// <summary>What <see cref="CasualtyLexicon"/> knows of one word.</summary>
/// <param name="Tags">Its word classes.</param>
/// <param name="Anchor">Its casualty reading, when <see cref="WordTags.Anchor"/> is set.</param>
/// <param name="Number">Its value when it is a number word (<see cref="WordTags.NumberWord"/>), else 0.</param>
internal readonly record struct WordInfo(WordTags Tags, AnchorInfo Anchor, int Number);
