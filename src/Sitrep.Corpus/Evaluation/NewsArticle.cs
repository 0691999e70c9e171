namespace Sitrep.Corpus.Evaluation;

/// <summary>One article of the news corpus (<c>../shared/data/news-corpus/*.jsonl</c>), as the story test set reads it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Date">Publication date, if given.</param>
/// <param name="Title">Title, if given.</param>
/// <param name="Text">The text.</param>
/// <param name="Source">The outlet, if given.</param>
/// <param name="DuplicateOf">The id of the first article with byte-identical text, when the corpus marks one.</param>
public sealed record NewsArticle(string Id, DateOnly? Date, string? Title, string Text, string? Source, string? DuplicateOf);
