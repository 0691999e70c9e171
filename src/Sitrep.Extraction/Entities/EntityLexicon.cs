using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Extraction.Entities.Casing;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Everything the entity recogniser looks words up in: word classes, gazetteers of places and organisations, titles and
/// named equipment. Immutable once built by <see cref="EntityLexiconLoader"/> and shared by every stage of a catalog.
/// </summary>
public sealed class EntityLexicon
{
    internal EntityLexicon(
        FrozenDictionary<string, WordClass> words,
        PhraseTrie<PlaceEntry> places,
        PhraseTrie<OrgEntry> organizations,
        PhraseTrie<string> titles,
        PhraseTrie<string> equipmentNames,
        ImmutableArray<string> stamps,
        WordCasingTable casing,
        PhraseTrie<OrgEntry> organizationsAnyCase,
        FrozenDictionary<string, HonorificEntry> honorifics)
    {
        Honorifics = honorifics;
        Words = words;
        WordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Places = places;
        Organizations = organizations;
        Titles = titles;
        EquipmentNames = equipmentNames;
        Stamps = stamps;
        Casing = casing;
        OrganizationsAnyCase = organizationsAnyCase;
        Truecaser = new Truecaser(this);
    }

    /// <summary>Stamps (<c>name@vN</c>) of the data files the lexicon was built from (STYLE A8).</summary>
    public ImmutableArray<string> Stamps { get; }

    /// <summary>Number of place names in the gazetteer.</summary>
    public int PlaceCount => Places.Count;

    internal FrozenDictionary<string, WordClass> Words { get; }

    internal FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> WordLookup { get; }

    internal PhraseTrie<PlaceEntry> Places { get; }

    internal PhraseTrie<OrgEntry> Organizations { get; }

    internal PhraseTrie<string> Titles { get; }

    /// <summary>
    /// Forms of address and ranks (<c>Mr</c>, <c>Mrs</c>, <c>Dr</c>, <c>Sir</c>, <c>Lady</c>), also in <see cref="Titles"/>:
    /// before a name they are no role; each says its kind and the gender it gives.
    /// </summary>
    internal FrozenDictionary<string, HonorificEntry> Honorifics { get; }

    internal PhraseTrie<string> EquipmentNames { get; }

    /// <summary>How edited news writes each word (issue 8 point 4).</summary>
    internal WordCasingTable Casing { get; }

    /// <summary>The organisations and their acronyms, matched without regard to case (for truecasing).</summary>
    internal PhraseTrie<OrgEntry> OrganizationsAnyCase { get; }

    /// <summary>Gives lower-case and all-caps sentences the casing newsroom text would have (issue 8 point 4).</summary>
    internal Truecaser Truecaser { get; }

    /// <summary>The classes of a word, compared without regard to case.</summary>
    internal WordClass Classify(ReadOnlySpan<char> word) => WordLookup.TryGetValue(word, out var c) ? c : WordClass.None;
}
