using System.CommandLine;
using System.Globalization;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep corpus rebuild [--db FILE]</c>: recomputes the cross-document indexes (stories, merged events, actors,
/// relations: issue 10 point 6) from the stored documents, in the order they were stored. The work is the store's
/// (<see cref="Store.IDocumentStore.RebuildCorpusAsync"/>); this only reports.
/// </summary>
internal static class CorpusCommand
{
    /// <summary>Creates the command with its subcommands.</summary>
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var rebuild = new Command("rebuild", "Recompute stories, merged events, actors and relations from the stored documents") { db };
        rebuild.SetAction(async (parse, ct) =>
        {
            var dbPath = parse.GetValue(db)!;
            if (!File.Exists(dbPath))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"No database at '{dbPath}'. Run 'sitrep ingest PATH…' first, or pass --db FILE.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            await using var store = await SqliteDocumentStore.OpenAsync(dbPath, cancellationToken: ct).ConfigureAwait(false);
            var replayed = await store.RebuildCorpusAsync(ct).ConfigureAwait(false);
            var (spent, added, cpu) = store.CorpusIndexCost;
            var cpuPart = cpu is { } c && c > TimeSpan.Zero ? string.Create(CultureInfo.InvariantCulture, $"; {c.TotalSeconds:F1} s of CPU = {added / c.TotalSeconds:F0} documents/s") : string.Empty;
            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"rebuilt the corpus indexes from {replayed} documents ({spent.TotalSeconds:F1} s in the indexes = {(spent > TimeSpan.Zero ? added / spent.TotalSeconds : 0):F0} documents/s{cpuPart}, reading the documents apart)")).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return new Command("corpus", "The cross-document picture: stories, merged events, actors and relations") { rebuild };
    }
}
