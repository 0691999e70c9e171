namespace Sitrep.Extraction.Entities;

/// <summary>
/// Issue 9 point 1: the latest entity (highest id) whose role equals a role or ends with a word, ignoring case
/// (ordinal), without scanning every entity. Each role is indexed whole and by each of its endings; a role is set once
/// and never changes, so the latest id of each key is enough. Answers as <see cref="Scan"/>, kept as the reference.
/// </summary>
internal sealed class RoleIndex
{
    private readonly Dictionary<string, int> _latestByRole = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _latestByEnding = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<int> _indexed = [];

    /// <summary>Records the role of an entity; only its first non-null role counts (later calls are ignored).</summary>
    public void Add(int id, string? role)
    {
        if (role is null || !_indexed.Add(id))
        {
            return;
        }

        Raise(_latestByRole, role, id);
        for (var i = 0; i <= role.Length; i++)
        {
            Raise(_latestByEnding, role[i..], id);
        }
    }

    /// <summary>The highest id whose role equals <paramref name="role"/> or ends with <paramref name="ending"/>, or -1.</summary>
    public int Latest(string? role, string ending)
    {
        ArgumentNullException.ThrowIfNull(ending);
        var best = role is not null && _latestByRole.TryGetValue(role, out var byRole) ? byRole : -1;
        return _latestByEnding.TryGetValue(ending, out var byEnding) && byEnding > best ? byEnding : best;
    }

    /// <summary>The scan this index replaces, over roles by id (null: no role).</summary>
    public static int Scan(IReadOnlyList<string?> roles, string? role, string ending)
    {
        for (var k = roles.Count - 1; k >= 0; k--)
        {
            if (roles[k] is { } r && (r.Equals(role, StringComparison.OrdinalIgnoreCase) || r.EndsWith(ending, StringComparison.OrdinalIgnoreCase)))
            {
                return k;
            }
        }

        return -1;
    }

    private static void Raise(Dictionary<string, int> map, string key, int id)
    {
        if (!map.TryGetValue(key, out var latest) || id > latest)
        {
            map[key] = id;
        }
    }
}
