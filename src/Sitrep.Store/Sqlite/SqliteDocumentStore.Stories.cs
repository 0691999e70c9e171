using System.Collections.Immutable;
using System.Globalization;

namespace Sitrep.Store.Sqlite;

/// <summary>The stories queries of the SQLite store (issue 10 point 7), over the tables of the stories index.</summary>
public sealed partial class SqliteDocumentStore : IStoryQueries
{
    /// <inheritdoc />
    public Task<IReadOnlyList<StoryListing>> ListStoriesAsync(int minArticles = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minArticles, 1);
        return Locked<IReadOnlyList<StoryListing>>(
            () =>
            {
                var documents = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                using (var r = _commands.Get(
                    "SELECT sd.story_id, sd.document_id FROM story_documents sd JOIN stories s ON s.id = sd.story_id JOIN story_signatures ss ON ss.document_id = sd.document_id WHERE s.articles >= $n ORDER BY sd.story_id, ss.sequence",
                    null,
                    ("$n", minArticles)).ExecuteReader())
                {
                    while (r.Read())
                    {
                        var story = r.GetString(0);
                        if (!documents.TryGetValue(story, out var list))
                        {
                            documents[story] = list = [];
                        }

                        list.Add(r.GetString(1));
                    }
                }

                var sources = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                using (var r = _commands.Get(
                    "SELECT ss.story_id, ss.source FROM story_sources ss JOIN stories s ON s.id = ss.story_id WHERE s.articles >= $n ORDER BY ss.story_id, ss.source",
                    null,
                    ("$n", minArticles)).ExecuteReader())
                {
                    while (r.Read())
                    {
                        var story = r.GetString(0);
                        if (!sources.TryGetValue(story, out var list))
                        {
                            sources[story] = list = [];
                        }

                        list.Add(r.GetString(1));
                    }
                }

                var stories = new List<StoryListing>();
                using (var r = _commands.Get(
                    "SELECT s.id, s.first_date, s.articles, d.title FROM stories s LEFT JOIN documents d ON d.id = s.id WHERE s.articles >= $n ORDER BY s.first_sequence",
                    null,
                    ("$n", minArticles)).ExecuteReader())
                {
                    while (r.Read())
                    {
                        var id = r.GetString(0);
                        stories.Add(new StoryListing(
                            id,
                            r.IsDBNull(1) ? null : DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                            r.GetInt32(2),
                            [.. sources.GetValueOrDefault(id) ?? []],
                            r.IsDBNull(3) ? null : r.GetString(3),
                            [.. documents.GetValueOrDefault(id) ?? []]));
                    }
                }

                return stories;
            },
            cancellationToken);
    }
}
