using System.CommandLine;
using System.Globalization;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep stories [--min-articles N] [--db FILE]</c> (issue 10 point 7): the stories of the store (copies of one text,
/// issue 10 point 1) as a table: story id (its first document), first date, number of articles, outlets, title. The
/// query is the store's (<see cref="IStoryQueries"/>); this only formats.
/// </summary>
internal static class StoriesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var minArticles = new Option<int>("--min-articles") { Description = "Only stories with at least this many articles (default 1)", DefaultValueFactory = _ => 1 };
        var db = CommonOptions.Db();
        var command = new Command("stories", "List stories: articles that are copies of one text, with their first date and outlets") { minArticles, db };
        command.SetAction(async (parse, ct) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var dbPath = parse.GetValue(db)!;
            var min = parse.GetValue(minArticles);
            if (min < 1)
            {
                await error.WriteLineAsync("sitrep: --min-articles takes a number of articles, 1 or more.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            if (!File.Exists(dbPath))
            {
                await error.WriteLineAsync($"No database at '{dbPath}'. Run 'sitrep ingest PATH…' first, or pass --db FILE.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await using var store = await CommonOptions.OpenForReadingAsync(dbPath, ct).ConfigureAwait(false);
            var stories = await store.ListStoriesAsync(min, ct).ConfigureAwait(false);
            Write(stories, environment, parse.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes <paramref name="stories"/> as a table.</summary>
    public static void Write(IReadOnlyList<StoryListing> stories, CliEnvironment environment, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(environment);
        var table = new Table().Border(TableBorder.Simple);
        foreach (var c in new[] { "story", "first", "articles", "sources", "title" })
        {
            table.AddColumn(c);
        }

        foreach (var s in stories)
        {
            table.AddRow(
                Markup.Escape(s.Id),
                s.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
                s.Articles.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join(", ", s.Sources)),
                Markup.Escape(s.Title ?? string.Empty));
        }

        var console = ConsoleFactory.Create(output, environment.IsTerminal);
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stories.Count} stories, {stories.Sum(s => s.Articles)} articles"));
    }
}
