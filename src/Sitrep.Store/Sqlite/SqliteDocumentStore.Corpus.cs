using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;

namespace Sitrep.Store.Sqlite;

/// <summary>The store's side of the corpus indexes (issue 10): keeping them in step, replaying them, timing them.</summary>
public sealed partial class SqliteDocumentStore
{
    /// <summary>
    /// Time this store has spent in its corpus indexes (stories, merged events, actors, relations: issue 10) adding
    /// and removing documents since it was opened, and how many documents they added: the corpus stage's own cost,
    /// apart from writing the documents (reported by <c>sitrep bench</c> and <c>sitrep corpus rebuild</c>).
    /// <c>Cpu</c> is the CPU time the storing thread used in them (null where the system does not tell,
    /// <see cref="ThreadCpuClock"/>): beside a parallel pipeline the wall time also counts waiting for a core.
    /// </summary>
    public (TimeSpan Elapsed, long Documents, TimeSpan? Cpu) CorpusIndexCost =>
        (System.Diagnostics.Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _corpusTicks)),
         Interlocked.Read(ref _corpusDocuments),
         !ThreadCpuClock.IsAvailable ? null : TimeSpan.FromTicks(Interlocked.Read(ref _corpusCpuNanoseconds) / 100));

    /// <inheritdoc />
    public Task<long> RebuildCorpusAsync(CancellationToken cancellationToken = default) =>
        Locked(
            () =>
            {
                using var tx = _connection.BeginTransaction();
                var write = new Corpus.CorpusWrite(_commands, tx);
                foreach (var index in _corpus)
                {
                    index.Clear(write);
                }

                // Partial rows (a late stage failed) keep the layers of the stages before it and count like any other.
                var rows = new List<Corpus.CorpusRow>();
                using (var r = _commands.Get("SELECT id, rowid, content_hash, source_name FROM documents WHERE status = 'ok' ORDER BY rowid", tx).ExecuteReader())
                {
                    while (r.Read())
                    {
                        rows.Add(new Corpus.CorpusRow(r.GetString(0), r.GetInt64(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3)));
                    }
                }

                foreach (var row in rows)
                {
                    if (_corpus.Length > 0 && DocumentLoader.Load(_commands, row.DocumentId, tx)?.Document is { } document)
                    {
                        AddToCorpus(tx, row, document);
                    }
                }

                tx.Commit();
                return (long)rows.Count;
            },
            cancellationToken);

    private void AddToCorpus(SqliteTransaction tx, Corpus.CorpusRow row, Document document)
    {
        InIndexes(tx, (index, write) => index.Add(write, row, document));
        Interlocked.Increment(ref _corpusDocuments);
    }

    private void RemoveFromCorpus(SqliteTransaction tx, string id) => InIndexes(tx, (index, write) => index.Remove(write, id));

    // Runs `step` on every corpus index in the open transaction, adding its wall and CPU time to CorpusIndexCost.
    private void InIndexes(SqliteTransaction tx, Action<Corpus.ISqliteCorpusIndex, Corpus.CorpusWrite> step)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu = ThreadCpuClock.Now();
        var write = new Corpus.CorpusWrite(_commands, tx);
        foreach (var index in _corpus)
        {
            step(index, write);
        }

        Interlocked.Add(ref _corpusTicks, System.Diagnostics.Stopwatch.GetTimestamp() - start);
        if (cpu is { } before && ThreadCpuClock.Now() is { } after)
        {
            Interlocked.Add(ref _corpusCpuNanoseconds, after - before);
        }
    }
}
