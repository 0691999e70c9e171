namespace Sitrep.Corpus.Evaluation;

/// <summary>One document of the story test set with the story it belongs to.</summary>
/// <param name="Id">Its id (a corpus id, or the base's id with a suffix for a generated re-publication).</param>
/// <param name="Text">The text.</param>
/// <param name="Title">The title.</param>
/// <param name="Date">The date.</param>
/// <param name="Source">The outlet.</param>
/// <param name="Story">The gold story: documents with the same value are copies of one text.</param>
/// <param name="Kind">How it was made: <c>base</c>, <c>template</c>, <c>duplicate</c> (marked in the corpus) or the edits of a re-publication (<c>headline+drop</c>).</param>
public sealed record StoryTestItem(string Id, string Text, string? Title, DateOnly? Date, string? Source, string Story, string Kind);
