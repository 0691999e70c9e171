namespace Sitrep.Store;

/// <summary>Reads the stories a store keeps (issue 10 points 1 and 7): for <c>sitrep stories</c> and the stories export.</summary>
public interface IStoryQueries
{
    /// <summary>The stories with at least <paramref name="minArticles"/> documents, in the order their first documents were stored.</summary>
    /// <param name="minArticles">Least number of documents, 1 or more.</param>
    /// <param name="cancellationToken">Cancels before the query starts.</param>
    Task<IReadOnlyList<StoryListing>> ListStoriesAsync(int minArticles = 1, CancellationToken cancellationToken = default);
}
