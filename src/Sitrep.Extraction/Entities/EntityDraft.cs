using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>An entity while coreference is still adding mentions to it.</summary>
internal sealed class EntityDraft(int id, EntityType type, string name)
{
    public int Id { get; } = id;

    public EntityType Type { get; } = type;

    public string Name { get; set; } = name;

    public string? Role { get; set; }

    public string? Affiliation { get; set; }

    public string? Acronym { get; set; }

    public WordClass Gender { get; set; }

    /// <summary>True once a mention gave it a rank (<c>Sir Ian Blair</c>): a courtesy title (<c>Mr Blair</c>) is someone else.</summary>
    public bool Ranked { get; set; }

    /// <summary>Index of its latest mention in coreference order, for the nearest earlier namesake.</summary>
    public int LastMention { get; set; } = -1;

    /// <summary>The name's words, for matching a later surname or given name alone.</summary>
    public string[] Parts { get; set; } = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void Absorb(Candidate c)
    {
        if (c.Kind == MentionKind.Name && c.Name.Length > Name.Length && c.Name.Contains(' ', StringComparison.Ordinal))
        {
            Name = c.Name;
            Parts = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        Ranked |= c.Honorific == Honorific.Rank;
        Role ??= c.Role;
        Affiliation ??= c.Affiliation;
        Acronym ??= c.Acronym;
        if (Gender == WordClass.None)
        {
            Gender = c.Gender;
        }
    }

    public Entity ToEntity() => new(Id, Type, Name, Role, Affiliation, Type == EntityType.Org ? Acronym : null);
}
