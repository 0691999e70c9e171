using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Finds capitalised-name chunks in a sentence and types them: titles split a person from their role and affiliation
/// (<c>GNA Interior Minister Fathi Bashagha</c>); cue words make organisations and places; gazetteers, demonyms and
/// given names decide the rest. Pure: appends <see cref="Candidate"/>s (STYLE A5).
/// </summary>
internal sealed partial class NameChunker
{
    /// <summary>Longest chunk, in tokens; longer runs of capitals are cut.</summary>
    public const int MaxChunkTokens = 12;

    /// <summary>Longest stem before an inner capital that still reads as a name prefix: "Mc", "Mac", "De", "You".</summary>
    private const int MaxNamePrefix = 3;

    /// <summary>Longest all-caps word read as an acronym rather than a title-case gazetteer name (<see cref="PlaceMatch"/>).</summary>
    private const int MaxAcronymPlaceLetters = 3;

    /// <summary>Most distinct stems of CamelCase words a document is searched for (keeps the search linear in practice).</summary>
    private const int MaxGlueStems = 32;

    private readonly Dictionary<string, bool> _stemAlone = new(StringComparer.Ordinal);

    private readonly EntityLexicon _lex;
    private readonly TokenView _view;
    private readonly List<Candidate> _out;
    private readonly bool[] _consumed;
    private readonly LowerCaseWords _lowerCase;
    private int _sentence;
    private int _sentenceStart;

    public NameChunker(EntityLexicon lexicon, TokenView view, bool[] consumed, List<Candidate> output, LowerCaseWords lowerCase)
    {
        _lowerCase = lowerCase;
        _lex = lexicon;
        _view = view;
        _consumed = consumed;
        _out = output;
    }

    /// <summary>Chunks tokens [<paramref name="start"/>, <paramref name="end"/>) of sentence <paramref name="sentence"/>.</summary>
    public void Run(int sentence, int start, int end)
    {
        _sentence = sentence;
        _sentenceStart = start;
        var i = start;
        while (i < end)
        {
            if (_consumed[i])
            {
                i++;
                continue;
            }

            if (HyphenPrefix(i) is var prefix and > 0)
            {
                EmitPrefix(i, prefix);
                i++;
                continue;
            }

            if (!IsNameToken(i))
            {
                // "al Qaeda", "al-Shabaab": a known organisation whose name starts with a lower-case particle.
                if (_view.IsWord(i) && char.IsLower(_view[i][0]) && (_view[i].StartsWith("al-", StringComparison.Ordinal) || (Class(i) & WordClass.Particle) != 0)
                    && _lex.Organizations.Match(_view, i, end, matchCase: true, out var known) is var len and > 0 && known is not null)
                {
                    _out.Add(Make(i, i + len - 1, EntityType.Org) with { GroupKey = known.Name, Acronym = known.Acronym });
                    i += len;
                    continue;
                }

                i++;
                continue;
            }

            var j = Math.Max(Extend(i, end), i + _lex.Organizations.Match(_view, i, end, matchCase: true, out _) - 1);
            if (WorkTitleEnd(i, j, end) is var title and >= 0)
            {
                j = title; // "the comedy Napoleon Dynamite", "drama Maria Full of Grace": the title of a work, no entity
            }
            else if ((Class(i) & WordClass.NameBlocker) == 0)
            {
                Classify(i, j);
            }

            i = j + 1;
        }
    }

    private WordClass Class(int i) => _lex.Classify(_view[i]);

    private bool IsNameToken(int i) =>
        !_consumed[i] && _view.IsCapitalised(i) && HyphenPrefix(i) == 0 && (Class(i) & WordClass.NonEntity) == 0 && !IsGlued(i);

    /// <summary>
    /// True for two words glued by text extraction ("Jo JorgensenImage: Jo Jorgensen for President", a caption label
    /// run into a name; issue 9 point 8): a lower-to-upper change inside the word after a stem of more than three
    /// letters, where the word is a form edited news does not write (the casing table does not hold it) or its stem
    /// stands alone as a word elsewhere in the text. Name forms with a short prefix ("McDonald", "MacArthur",
    /// "DeSantis", "YouTube") and brand forms news writes ("PlayStation", "ExxonMobil") stay names.
    /// </summary>
    private bool IsGlued(int i)
    {
        if (!_view.IsWord(i))
        {
            return false;
        }

        var w = _view[i];
        var inner = -1;
        for (var k = 1; k < w.Length; k++)
        {
            if (char.IsUpper(w[k]) && char.IsLower(w[k - 1]))
            {
                inner = k;
                break;
            }

            if (!char.IsLetter(w[k]))
            {
                return false; // "al-Serraj", "O'Neill": joined by punctuation, not glued
            }
        }

        if (inner <= MaxNamePrefix)
        {
            return false;
        }

        if (!(_lex.Casing.TryGet(w, out var entry) && w.Equals(entry.Form, StringComparison.Ordinal)))
        {
            return true;
        }

        var stem = w[..inner].ToString();
        if (!_stemAlone.TryGetValue(stem, out var alone))
        {
            // Bounded: past MaxGlueStems distinct stems a document's further CamelCase words are taken as written.
            alone = _stemAlone.Count < MaxGlueStems && StandsAlone(_view.Text, stem);
            _stemAlone[stem] = alone;
        }

        return alone;
    }

    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> with no letter on either side.</summary>
    private static bool StandsAlone(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a number follows the name on the same line: a version, model or call-sign designation ("Marine One",
    /// "Air Force One", "Halo 2", "Windows 2000", "Colin McRae Rally 2005") names a thing, never a person (issue 9 point 8).
    /// </summary>
    private bool NumberFollows(int j)
    {
        var k = j + 1;
        if (k >= _view.Count || _view.Span(k).Start != _view.Span(j).End + 1 || _view.Text[_view.Span(j).End] != ' ')
        {
            return false;
        }

        var w = _view[k];
        if (_view.Kind(k) == TokenKind.Number)
        {
            // "Burnout 3 won", not "Smith 45%" or "Jones 3-1" (a score) or "Tellier, 62" (no comma allowed above).
            var after = k + 1 < _view.Count ? _view[k + 1] : default;
            foreach (var ch in w)
            {
                if (!char.IsAsciiDigit(ch))
                {
                    return false;
                }
            }

            return after is not ("%" or "-" or "." or ":");
        }

        return IsNumberWord(k);
    }

    private bool IsNumberWord(int k) => _view[k] is "One" or "Two" or "Three" or "Four" or "Five" or "Six" or "Seven" or "Eight" or "Nine" or "Ten";

    /// <summary>For <c>Turkish-backed</c>, <c>U.N.-led</c>: the length of the capitalised part before a lower-case suffix.</summary>
    private int HyphenPrefix(int i)
    {
        if (!_view.IsWord(i))
        {
            return 0;
        }

        var t = _view[i];
        var dash = t.LastIndexOf('-');
        return dash > 0 && dash + 1 < t.Length && char.IsUpper(t[0]) && char.IsLower(t[dash + 1]) ? dash : 0;
    }

    private void EmitPrefix(int i, int length)
    {
        var part = _view[i][..length];
        var span = new TextSpan(_view.Span(i).Start, _view.Span(i).Start + length);

        // "an ISIL-held building", "insurgent-held positions": a held or controlled thing is a place.
        var held = _view[i][(length + 1)..];
        if (held is "held" or "controlled" && _view.IsWord(i + 1) && char.IsLower(_view[i + 1][0]) && _view.JoinedToPrevious(i + 1)
            && (Class(i + 1) & (WordClass.CommonWord | WordClass.Reporting | WordClass.ActorVerb)) == 0)
        {
            _out.Add(Make(i, i + 1, EntityType.Place));
            _consumed[i + 1] = true;
            return;
        }

        var c = _lex.Classify(part);
        EntityType? type = null;
        string? group = null;
        if ((c & WordClass.Demonym) != 0)
        {
            type = EntityType.Nationality;
        }
        else if (_lex.Places.TryGet(part.ToString(), out var place) && place is not null)
        {
            // "U.S.-led coalition": a country leading or backing acts as an organisation; "Istanbul-based" stays a place.
            var suffix = _view[i][(length + 1)..];
            type = place.IsCountry && suffix is "led" or "backed" or "supported" or "sponsored" or "funded" or "brokered" ? EntityType.Org : EntityType.Place;
        }
        else if (_lex.Organizations.TryGet(part.ToString(), out var org) && org is not null)
        {
            type = EntityType.Org;
            group = org.Name;
        }
        else if (IsAcronym(part))
        {
            type = EntityType.Org;
        }

        if (type is not null)
        {
            _out.Add(new Candidate(span, type, MentionKind.Name, part.ToString()) { Sentence = _sentence, FirstToken = i, LastToken = i, GroupKey = group });
        }
    }

    /// <summary>True for initials with full stops: <c>V.N.</c>, <c>K.</c> (not <c>U.S.</c>, which the gazetteer takes first).</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || s.Length % 2 != 0)
        {
            return false;
        }

        for (var k = 0; k < s.Length; k += 2)
        {
            if (!char.IsUpper(s[k]) || s[k + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAcronym(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c != '.' && c != '&')
            {
                return false;
            }
        }

        return letters is >= 2 and <= 7;
    }

    /// <summary>The last token of the chunk starting at <paramref name="i"/>.</summary>
    private int Extend(int i, int end)
    {
        var j = i;
        var cue = (Class(i) & (WordClass.OrgCue | WordClass.PlaceCue | WordClass.TitleHead)) != 0;
        var connected = false;
        while (j + 1 < end && j - i + 1 < MaxChunkTokens)
        {
            var n = j + 1;
            if (!_view.JoinedToPrevious(n))
            {
                break;
            }

            if (IsNameToken(n))
            {
                j = n;
                cue |= (Class(n) & (WordClass.OrgCue | WordClass.PlaceCue | WordClass.TitleHead)) != 0;
                continue;
            }

            // Name particles: "Osama bin Laden", "Ursula von der Leyen".
            if (_view.IsWord(n) && (Class(n) & WordClass.Particle) != 0 && char.IsLower(_view[n][0]))
            {
                var k = n;
                while (k < end && (Class(k) & WordClass.Particle) != 0 && char.IsLower(_view[k][0]) && k - n < 3)
                {
                    k++;
                }

                if (k < end && _view.JoinedToPrevious(k) && IsNameToken(k))
                {
                    j = k;
                    continue;
                }

                break;
            }

            // Connectors inside organisation names and titles: "Ministry of Defense", "Secretary of State",
            // "Center for Economics and Foreign Policy Studies"; "and" only after "of"/"for".
            // Issue 9 point 8: after a title alone, a connector goes on only from a title word ("Secretary of State",
            // "Minister for the Middle East"); after a name it ends the chunk ("Mr Pound on Friends Reunited", "Lord Smith of Finsbury").
            var connectorCue = cue && (connected || (Class(i) & WordClass.TitleHead) == 0 || HasClass(i, j, WordClass.OrgCue | WordClass.PlaceCue)
                || (Class(j) & (WordClass.TitleHead | WordClass.TitleModifier)) != 0 || _lex.Titles.Match(_view, i, j + 1, matchCase: false, out _) == j - i + 1);
            if (connectorCue && (_view.Is(n, "of") || _view.Is(n, "for") || _view.Is(n, "on") || _view.Is(n, "&") || (connected && _view.Is(n, "and"))) && char.IsLower(_view[n][0]) | _view.Is(n, "&"))
            {
                // "of the", "for the" go on; "and the" starts a second name ("the Governments of Iraq and the United States").
                var k = n + 1;
                if (k < end && _view.Is(k, "the") && char.IsLower(_view[k][0]) && !_view.Is(n, "and"))
                {
                    k++;
                }

                if (k < end && _view.JoinedToPrevious(k) && IsNameToken(k) && (Class(k) & (WordClass.CommonWord | WordClass.NameStart)) != WordClass.CommonWord)
                {
                    connected = true;
                    j = k;
                    cue |= (Class(k) & (WordClass.OrgCue | WordClass.PlaceCue)) != 0;
                    continue;
                }
            }

            break;
        }

        return j;
    }

    private Candidate Make(int first, int last, EntityType? type, string? name = null) => new(
        _view.RangeSpan(first, last), type, MentionKind.Name, name ?? _view.Range(first, last))
    {
        Sentence = _sentence,
        FirstToken = first,
        LastToken = last,
        SentenceInitial = first == _sentenceStart || (first == _sentenceStart + 1 && _view.Kind(_sentenceStart) == TokenKind.Quote),
    };

    private bool HasClass(int first, int last, WordClass c)
    {
        for (var k = first; k <= last; k++)
        {
            if ((Class(k) & c) != 0 && char.IsUpper(_view[k][0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Types tokens [<paramref name="i"/>, <paramref name="j"/>], splitting off titles, affiliations and lists.</summary>
    private void Classify(int i, int j)
    {
        var hasCue = HasClass(i, j, WordClass.OrgCue | WordClass.PlaceCue);
        if (i == j && IsRegionByName(i))
        {
            _out.Add(Make(i, j, EntityType.Place)); // "attacks against the West", "return to the Gulf" (issue 9 point 8)
            return;
        }

        // Leading common words ("The", "But", "Senior") are not part of a name, unless a gazetteer phrase starts there
        // ("The Hague") or a cue word follows a name-start adjective ("National Accord Government").
        while (i <= j)
        {
            var c = Class(i);
            if ((c & WordClass.CommonWord) == 0 || StartsKnownPhrase(i, j)
                || ((c & WordClass.TitleModifier) != 0 && _lex.Titles.Match(_view, i, j + 1, matchCase: false, out _) > 0))
            {
                break;
            }

            if ((c & WordClass.NameStart) != 0 && hasCue && i < j)
            {
                break;
            }

            i++;
        }

        // "Declaring Mosul": a sentence's first word that the text also uses in lower case is no part of a name.
        if (i < j && i == _sentenceStart && (_view[i].EndsWith("ing", StringComparison.Ordinal) || _view[i].EndsWith("ly", StringComparison.Ordinal))
            && (Class(i) & WordClass.FirstName) == 0)
        {
            i++;
        }

        if (i < j && i == _sentenceStart && (Class(i) & (WordClass.FirstName | WordClass.Demonym)) == 0 && !StartsKnownPhrase(i, j)
            && _lex.Places.Match(_view, i, j + 1, matchCase: true, out _) == 0 && _lowerCase.Contains(_view.String(i)))
        {
            i++;
        }

        if (i > j)
        {
            return;
        }

        // Issue 9 point 8: "Scientist Anne Stephenson": a sentence's first word that news mostly writes in lower case,
        // before a given name, is an occupational role, not part of the name.
        if (i < j && i == _sentenceStart && (Class(i) & (WordClass.FirstName | WordClass.TitleHead | WordClass.TitleModifier)) == 0
            && (Class(i + 1) & WordClass.FirstName) != 0 && _lex.Casing.TryGet(_view[i], out var casing)
            && casing.LowerCount > casing.AloneCount + casing.InNameCount && !StartsKnownPhrase(i, j))
        {
            _out.Add(Make(i + 1, j, EntityType.Person) with { Role = _view.String(i), Gender = Class(i + 1) & WordClass.FirstName });
            return;
        }

        if (TrySplitTitle(i, j))
        {
            return;
        }

        ClassifyPlain(i, j);
    }

    private bool StartsKnownPhrase(int i, int j) =>
        _lex.Places.Match(_view, i, j + 1, matchCase: true, out _) > 1 || _lex.Organizations.Match(_view, i, j + 1, matchCase: true, out _) > 1;

    private bool TrySplitTitle(int i, int j)
    {
        for (var p = i; p < j; p++)
        {
            var m = _lex.Titles.Match(_view, p, j + 1, matchCase: false, out _);
            if (m == 0 || p + m > j)
            {
                continue;
            }

            // Issue 9 point 8: a courtesy title or rank stands right before a name; before "of the" it heads the title of a
            // work or a phrase ("Lord of the Rings"), no person.
            if (p + m <= j && !_view.IsCapitalised(p + m) && _lex.Honorifics.ContainsKey(_view.Range(p, p + m - 1)))
            {
                return true;
            }

            var a = p;
            while (a - 1 >= i && (Class(a - 1) & WordClass.TitleModifier) != 0)
            {
                a--;
            }

            // More titles may follow: "Army Lt. Gen.", "Navy Capt.".
            var nameStart = p + m;
            while (nameStart <= j)
            {
                var more = _lex.Titles.Match(_view, nameStart, j + 1, matchCase: false, out _);
                if (more == 0 || nameStart + more > j)
                {
                    break;
                }

                nameStart += more;
            }

            // "Minister for the Middle East Tobias Ellwood": the name is the trailing run after connectors and places.
            var name = nameStart;
            var afterConnector = nameStart;
            for (var k = nameStart; k <= j; k++)
            {
                if (!_view.IsCapitalised(k) || (Class(k) & WordClass.CommonWord) != 0)
                {
                    name = k + 1;
                }

                if (!_view.IsCapitalised(k))
                {
                    afterConnector = k + 1;
                }
            }

            // "Labour MP for West Ham": a run after a connector that is wholly a place is the title's, no name.
            if (afterConnector > nameStart && afterConnector <= j && _lex.Places.Match(_view, afterConnector, j + 1, matchCase: true, out _) == j - afterConnector + 1)
            {
                name = j + 1;
            }

            // Issue 9 point 8: a place name right after the title, with nothing after it, is the person's name ("Mr Hague",
            // "President Clinton"); a place is skipped only after a connector or before more words.
            var direct = name == nameStart;
            while (name <= j)
            {
                var pl = _lex.Places.Match(_view, name, j + 1, matchCase: true, out _);
                if (pl == 0)
                {
                    break;
                }

                name += pl;
            }

            if (name > j && direct)
            {
                name = nameStart;
            }

            if (name > j && a == i && !HasClass(i, j, WordClass.OrgCue))
            {
                // "The Minister for Central Asia": a title with no name is a nominal mention of a person.
                _out.Add(Make(a, j, EntityType.Person) with { Kind = MentionKind.Nominal, Role = TrimRole(_view.Range(a, j)) });
                return true;
            }

            if (name > j || HasClass(name, j, WordClass.OrgCue | WordClass.PlaceCue))
            {
                return false;
            }

            if (a > i)
            {
                ClassifyPlain(i, a - 1);
            }

            // "Mr Hague", "Sir Ian Blair": a courtesy title or a rank is no role; it says the gender when the given name does not.
            // "Deputy Prime Minister Mr Prescott": a courtesy title after a role is not part of it.
            var title = _view.Range(a, name - 1);
            var honorific = default(HonorificEntry);
            if (a == p && _lex.Honorifics.TryGetValue(title, out var whole))
            {
                honorific = whole;
                title = null;
            }
            else if (name - 1 > a && _lex.Honorifics.TryGetValue(_view.String(name - 1), out var last))
            {
                honorific = last;
                title = _view.Range(a, name - 2);
            }

            var given = Class(name) & WordClass.FirstName;
            var person = Make(name, j, EntityType.Person) with
            {
                Role = title is null ? null : TrimRole(title),
                Affiliation = a > i ? _view.Range(i, a - 1) : null,
                Gender = given != WordClass.None ? given : honorific.Gender,
                Honorific = honorific.Kind,
            };
            _out.Add(person);
            return true;
        }

        return false;
    }

    /// <summary>The last token of a lower-case group phrase after <paramref name="j"/> ("security forces"), or <paramref name="j"/> when none.</summary>
    private int GroupTail(int j)
    {
        var last = j;
        for (var k = j + 1; k <= j + 2 && k < _view.Count && _view.IsWord(k) && _view.JoinedToPrevious(k) && char.IsLower(_view[k][0]); k++)
        {
            var c = Class(k);
            if ((c & WordClass.GroupNoun) != 0)
            {
                last = k;
            }
            else if ((c & WordClass.GroupModifier) == 0)
            {
                break;
            }
        }

        // "Turkish military advisers": a group word that is also a modifier, followed by another noun, modifies it.
        var after = last + 1;
        if (last > j && (Class(last) & WordClass.GroupModifier) != 0 && _view.IsWord(after) && _view.JoinedToPrevious(after)
            && char.IsLower(_view[after][0]) && (Class(after) & (WordClass.CommonWord | WordClass.Reporting | WordClass.ActorVerb)) == 0
            && !_view[after].EndsWith("ed", StringComparison.Ordinal))
        {
            return j;
        }

        return last;
    }

    /// <summary>
    /// True when a country name acts (metonymy: the state as actor): a verb follows it ("Turkey has", "Australia
    /// condemns") or it is the object of "with"/"by"/"for", and no locative preposition ("in", "across") stands before it.
    /// </summary>
    private bool IsActor(int i, int j)
    {
        var before = _view.Is(i - 1, "the") ? i - 2 : i - 1;
        // Issue 9 point 8: a name after a comma is in a list only when "and"/"or" or another comma goes on from it, or
        // "and" stands before it; "inside Turkey, the United States is committed": the comma ends a phrase, no list.
        var listBefore = _view.Is(before, ",") && !(_view.Is(j + 1, ",") || _view.Is(j + 1, "and") || _view.Is(j + 1, "or")) ? before : BeforeList(before);
        foreach (var p in Locatives)
        {
            if (_view.Is(before, p) || _view.Is(listBefore, p))
            {
                return false;
            }
        }

        if (DescribesState(j))
        {
            return false;
        }

        if (j + 1 < _view.Count && _view.IsWord(j + 1) && char.IsLower(_view[j + 1][0]) && _view.JoinedToPrevious(j + 1))
        {
            var next = Class(j + 1);
            if ((next & WordClass.ActorVerb) != 0)
            {
                return true;
            }

            // "U.S. assistance", "U.S. commitment": a country's abbreviation modifying a noun acts through it ("the Syria
            // crisis" is about a place).
            if (i == j && _view.IsAllCaps(i) && (next & (WordClass.CommonWord | WordClass.Reporting | WordClass.Particle | WordClass.PlaceCueLower | WordClass.Pronoun)) == 0
                && !_view[j + 1].EndsWith("ed", StringComparison.Ordinal) && !_view[j + 1].EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }
        }

        // "The United States strongly condemns", "the United States and Iraq signed", "Freedonia and the coalition can".
        if (VerbFollows(j) || (_view.Is(j + 1, "and") && !InList(before) && CoordinatedSubjectEnd(j + 2) is var e && e > 0 && VerbFollows(e)))
        {
            return true;
        }

        // "by Russia and Turkey", "include Australia, Belgium, …": the next of a list of acting countries acts too.
        var listEnd = _view.Is(before, "and") && _view.Is(before - 1, ",") ? before - 2 : before - 1;
        if ((_view.Is(before, "and") || _view.Is(before, ",")) && _out.Count > 0 && _out[^1] is { Type: EntityType.Org } last && last.LastToken == listEnd
            && _lex.Places.Match(_view, last.FirstToken, last.LastToken + 1, matchCase: true, out _) == last.LastToken - last.FirstToken + 1)
        {
            return true;
        }

        foreach (var w in ActorContext)
        {
            if (_view.Is(before, w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Issue 9 point 8: true when the words after a country describe the place rather than an act of the state: what it
    /// has ("The UK has a rich culture", "India had its own problems") or what it is or will be ("what Iraq will be like",
    /// "Syria has for too long been the world's biggest crisis"). A participle keeps the act ("Canada has begun",
    /// "the United States is committed").
    /// </summary>
    private bool DescribesState(int j)
    {
        var k = j + 1;
        if (!IsLowerWord(k))
        {
            return false;
        }

        if (_view[k] is "has" or "have" or "had" && IsLowerWord(k + 1) && _view[k + 1] is "a" or "an" or "its" or "their" or "no" or "many" or "some" or "much" or "more")
        {
            return true;
        }

        if (_view[k] is not ("has" or "have" or "had" or "will" or "would" or "could" or "can" or "may" or "might" or "must" or "remains" or "is" or "was"))
        {
            return false;
        }

        // Up to four words to "be" or "been": "will be", "has for too long been", "could well be".
        for (var b = k + 1; b <= k + 5 && IsLowerWord(b); b++)
        {
            if (_view[b] is "be" or "been")
            {
                return IsLowerWord(b + 1) && _view[b + 1] is "a" or "an" or "the" or "its" or "like" or "home";
            }

            if (_view[b].EndsWith("ed", StringComparison.Ordinal) || _view[b].EndsWith("en", StringComparison.Ordinal) || _view[b] is "to" or "not")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// For a name inside a list ("in Jordan, Lebanon and Turkey"), the token before the whole list; otherwise
    /// <paramref name="before"/> itself.
    /// </summary>
    private int BeforeList(int before)
    {
        var k = before;
        if (!(_view.Is(k, "and") || _view.Is(k, ",")))
        {
            return before;
        }

        while (k >= 0 && before - k < 16 && (_view.Is(k, "and") || _view.Is(k, ",") || _view.Is(k, "the") || _view.IsCapitalised(k)))
        {
            k--;
        }

        return k;
    }

    /// <summary>True when a comma at <paramref name="before"/> follows another name: "Jordan, Lebanon and …".</summary>
    private bool InList(int before) => _view.Is(before, ",") && _out.Count > 0 && _out[^1].LastToken == before - 1;

    private bool IsLowerWord(int k) => k < _view.Count && _view.IsWord(k) && _view.JoinedToPrevious(k) && char.IsLower(_view[k][0]);

    /// <summary>True when an actor verb follows token <paramref name="j"/>, maybe after one adverb: "strongly condemns".</summary>
    private bool VerbFollows(int j)
    {
        var k = j + 1;
        if (IsLowerWord(k) && _view[k].EndsWith("ly", StringComparison.Ordinal) && (Class(k) & WordClass.ActorVerb) == 0)
        {
            k++;
        }

        return IsLowerWord(k) && (Class(k) & WordClass.ActorVerb) != 0;
    }

    /// <summary>
    /// The last token of a second subject after "and": "(the) Iraq", "the counter-ISIL coalition", "(the) Freedonian
    /// government"; -1 when none.
    /// </summary>
    private int CoordinatedSubjectEnd(int k)
    {
        if (_view.Is(k, "the"))
        {
            k++;
        }

        var start = k;
        while (k < _view.Count && k - start < 4 && _view.IsWord(k) && (_view.IsCapitalised(k) || _view[k].Contains('-')))
        {
            k++;
        }

        if (IsLowerWord(k) && (Class(k) & WordClass.GroupNoun) != 0)
        {
            k++;
        }

        return k > start ? k - 1 : -1;
    }

    /// <summary>
    /// "Australia’s response", "the UK’s brave Armed Forces", "Turkey’s elected government": a country owning an act or a
    /// body is the state as actor; "Libya’s Mediterranean coast" (a geographic noun or a place) stays a place.
    /// </summary>
    private bool IsPossessiveActor(int j)
    {
        var k = j + 1;
        if (k + 1 >= _view.Count || _view[k] is not ("’s" or "'s"))
        {
            return false;
        }

        for (var t = k + 1; t <= k + 3 && t < _view.Count && _view.IsWord(t); t++)
        {
            var c = Class(t);
            if ((c & (WordClass.GroupNoun | WordClass.OrgCue)) != 0)
            {
                return true;
            }

            var w = _view[t];
            if (!char.IsLower(w[0]) || (c & (WordClass.CommonWord | WordClass.PlaceCueLower)) != 0 || IsGeographic(w))
            {
                return false;
            }

            if (!w.EndsWith("ly", StringComparison.Ordinal) && !w.EndsWith("ed", StringComparison.Ordinal) && (c & WordClass.GroupModifier) == 0 && t > k + 1)
            {
                return false;
            }

            if (t == k + 1 && !w.EndsWith("ly", StringComparison.Ordinal) && (c & WordClass.GroupModifier) == 0)
            {
                return true; // "Australia’s response", "the UK’s commitment"
            }
        }

        return false;
    }

    /// <summary>
    /// The gazetteer match at <paramref name="i"/> within the chunk ending at <paramref name="j"/>, refused when a short
    /// word (up to <see cref="MaxAcronymPlaceLetters"/> letters) the text writes in capitals among words that are not is
    /// stored otherwise: "ODE" (an office's acronym) is not the Nigerian town Ode, while "UK" and "USA" are stored as
    /// written and "WASHINGTON (Reuters)", "OAKLAND, Calif." stay places (issue 9 point 8).
    /// </summary>
    private int PlaceMatch(int i, int j, out PlaceEntry? place)
    {
        Span<string?> forms = new string?[Math.Min(j - i + 1, PhraseTrie<PlaceEntry>.MaxTokens)];
        var length = _lex.Places.Match(_view, i, j + 1, matchCase: true, forms, out place);
        for (var k = 0; k < length && k < forms.Length; k++)
        {
            var t = i + k;
            if (_view.IsAllCaps(t) && _view[t].Length is > 1 and <= MaxAcronymPlaceLetters && forms[k] is { } stored && !IsAllCapsWord(stored)
                && !(_view.IsWord(t - 1) && _view.IsAllCaps(t - 1)) && !(_view.IsWord(t + 1) && _view.IsAllCaps(t + 1)))
            {
                place = null;
                return 0;
            }
        }

        return length;
    }

    /// <summary>
    /// Regions named by one capitalised word after "the" and before no further noun: the compass points as names of
    /// regions (Chicago Manual of Style, 17th ed., 8.46: "the West", "the East", "the South") and "the Gulf", which the
    /// news corpus writes capitalised on its own 394 times and in lower case 36 (<c>word-casing.txt</c>).
    /// </summary>
    private bool IsRegionByName(int i)
    {
        if (!_view.Is(i - 1, "the") || !char.IsLower(_view[i - 1][0]) || _view[i] is not ("West" or "East" or "North" or "South" or "Gulf"))
        {
            return false;
        }

        // A lower-case noun after it makes it a modifier ("the West coast"); a function word, a verb or a word ending in
        // "s" or "ed" (read as a verb, as no POS tags are at hand here) ends the phrase.
        var k = i + 1;
        if (!(k < _view.Count && _view.IsWord(k) && _view.JoinedToPrevious(k)) || (Class(k) & (WordClass.CommonWord | WordClass.ActorVerb | WordClass.Reporting)) != 0)
        {
            return true;
        }

        var w = _view[k];
        return char.IsLower(w[0]) && (w.EndsWith("s", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal));
    }

    private static bool IsAllCapsWord(string w)
    {
        foreach (var ch in w)
        {
            if (char.IsLower(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when tokens from <paramref name="first"/> on name an agreement or treaty: a capitalised document word ending
    /// the chunk ("Geneva Communique", <paramref name="first"/> ≤ <paramref name="j"/>) or, after the chunk, a lower-case
    /// one ("Minsk agreements").
    /// </summary>
    private bool IsDocumentName(int first, int j)
    {
        if (first <= j)
        {
            return first == j && (Class(j) & WordClass.DocumentNoun) != 0;
        }

        return IsLowerWord(j + 1) && (Class(j + 1) & WordClass.DocumentNoun) != 0;
    }

    /// <summary>
    /// The cue class (<see cref="WordClass.OrgCue"/> or <see cref="WordClass.PlaceCue"/>) of the last capitalised cue word
    /// of tokens [<paramref name="i"/>, <paramref name="j"/>] before any lower-case connector ("of", "for"): the head of a
    /// right-headed compound name. <see cref="WordClass.None"/> when no cue word stands there or the word is both.
    /// </summary>
    private WordClass HeadCue(int i, int j)
    {
        var head = WordClass.None;
        for (var k = i; k <= j; k++)
        {
            if (!char.IsUpper(_view[k][0]))
            {
                break;
            }

            var c = Class(k) & (WordClass.OrgCue | WordClass.PlaceCue);
            if (c != WordClass.None)
            {
                head = c == (WordClass.OrgCue | WordClass.PlaceCue) ? WordClass.None : c;
            }
        }

        return head;
    }

    private static bool IsGeographic(ReadOnlySpan<char> w) => w is "coast" or "coastline" or "border" or "borders" or "north" or "south" or "east"
        or "west" or "capital" or "cities" or "territory" or "territories" or "airspace" or "waters" or "shores" or "soil" or "land" or "lands"
        or "mountains" or "desert" or "regions" or "provinces" or "towns" or "villages" or "oil" or "gas" or "largest" or "second-largest" or "population" or "history" or "civil" or "war" or "conflict" or "crisis" or "future" or "domain"
        or "heritage" or "culture" or "landscape" or "streets" or "economy";

    private static readonly string[] ActorContext = ["with", "by", "for", "include", "includes", "including", "support", "supporting", "help", "helping", "assist", "enable", "urge", "urged", "join", "joined", "back", "backs",
        "warn", "warned", "warning", "accuse", "accused", "accusing", "blame", "blamed", "blaming", "condemn", "condemned", "criticised", "criticized", "threatened", "pressed", "pressing", "sanctioned", "persuade"];

    /// <summary>True when a locative word stands before token <paramref name="i"/>: "near X", "in X", "the city of X", "insurgent-held X".</summary>
    private bool AfterLocative(int i)
    {
        if (i < 1)
        {
            return false;
        }

        var p = _view[i - 1];
        foreach (var w in LocativeContext)
        {
            if (p.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (p.EndsWith("-held", StringComparison.Ordinal))
        {
            return true;
        }

        // "Husaybah and Karabilah": the next of a pair of places.
        if (p is "and" or "," && _out.Count > 0 && _out[^1] is { Type: EntityType.Place } last && last.LastToken == i - 2
            && !(p is "," && _view.IsWord(i + 1) && (Class(i + 1) & WordClass.Reporting) != 0))
        {
            return true;
        }

        return p is "of" && i >= 2 && _view.IsWord(i - 2) && (Class(i - 2) & WordClass.PlaceCueLower) != 0;
    }

    private static readonly string[] LocativeContext = ["in", "near", "into", "outside", "around", "across", "toward", "towards", "inside", "from", "to", "fled",
        "entered", "reached", "captured", "liberated", "striking", "struck", "attacked", "bombed", "shelled", "seized", "retook", "recaptured", "besieged", "targeted"];

    private static readonly string[] Locatives = ["in", "inside", "into", "across", "from", "within", "throughout", "near", "around", "through", "toward", "towards", "at", "via", "over", "to", "of"];

    private static string TrimRole(string role)
    {
        var r = role.Trim();
        foreach (var tail in new[] { " of the", " for the", " of", " for", " the" })
        {
            if (r.EndsWith(tail, StringComparison.Ordinal))
            {
                r = r[..^tail.Length];
            }
        }

        return r;
    }

    /// <summary>True when tokens [<paramref name="first"/>, <paramref name="last"/>] are all (capitalised) group modifiers: "Regional", "Provincial".</summary>
    private bool AllGroupModifiers(int first, int last)
    {
        if (first > last)
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            if ((Class(k) & WordClass.GroupModifier) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A sports team or club after a city: one unknown capitalised plural word ("Rhinos", "Celtics") that is no common
    /// word, given name, demonym, title or place.
    /// </summary>
    private bool IsTeamName(int first, int last)
    {
        if (first != last || !_view.IsWord(first) || _view.IsAllCaps(first))
        {
            return false;
        }

        var w = _view[first];
        return w.Length > 3 && w[^1] == 's' && w[^2] != 's' && char.IsLower(w[^2]) && Class(first) == WordClass.None
            && _lex.Places.Match(_view, first, last + 1, matchCase: true, out _) == 0
            && _lex.Titles.Match(_view, first, last + 1, matchCase: false, out _) == 0;
    }

    private void ClassifyPlain(int i, int j)
    {
        var n = j - i + 1;
        var orgLen = _lex.Organizations.Match(_view, i, j + 1, matchCase: true, out var org);
        if (orgLen == n && org is not null)
        {
            _out.Add(Make(i, j, EntityType.Org) with { GroupKey = org.Name, Acronym = org.Acronym });
            return;
        }

        var placeLen = PlaceMatch(i, j, out var place);

        // Issue 9 point 8: "the Minsk agreements", "the Geneva Communique", "the Kyoto Protocol": a place naming an
        // agreement or treaty is part of the document's name, no place (OntoNotes LAW: "named documents made into laws").
        if (placeLen > 0 && IsDocumentName(i + placeLen, j))
        {
            return;
        }

        // Issue 9 point 8: "Lebanese airspace", "Syrian territory", "European shores": a nationality before a part of a
        // state's territory names that territory, a place (re3d labels the phrase Location).
        var c0 = Class(i);
        if (n == 1 && (c0 & WordClass.Demonym) != 0 && IsLowerWord(j + 1) && (Class(j + 1) & WordClass.TerritoryNoun) != 0)
        {
            _out.Add(Make(i, j + 1, EntityType.Place));
            _consumed[j + 1] = true;
            return;
        }

        // "Iraqi forces", "U.S. service members", "the Syrian government": a nationality or country leading a group
        // noun names an organisation (re3d and ACE annotate it so).
        if ((n == 1 && (c0 & WordClass.Demonym) != 0) || placeLen == n || (placeLen > 0 && AllGroupModifiers(i + placeLen, j)))
        {
            // "the Kurdistan regional government", "Mosul residents", "Erbil Regional governments": any place leading a
            // group noun names the body that governs or the group that lives there.
            var tail = GroupTail(j);
            if (tail > j)
            {
                _out.Add(Make(i, tail, EntityType.Org));
                return;
            }
        }

        if ((n == 1 && (c0 & WordClass.Demonym) != 0) || (placeLen == n && place is { IsCountry: true }))
        {

            // "U.S.-led", tokenised apart: a country leading or backing acts as an organisation.
            if (placeLen == n && j + 2 < _view.Count && _view[j + 1] is "-"
                && _view.Span(j + 1).Start == _view.Span(j).End && _view[j + 2] is "led" or "backed" or "supported" or "sponsored" or "funded")
            {
                _out.Add(Make(i, j, EntityType.Org));
                return;
            }

            if (placeLen == n && IsPossessiveActor(j))
            {
                _out.Add(Make(i, j, EntityType.Org));
                return;
            }

            if (placeLen == n && IsActor(i, j))
            {
                _out.Add(Make(i, j, EntityType.Org));
                return;
            }

            // "the government of Iraq": a group noun of a country.
            if (placeLen == n && _view.Is(i - 1, "of") && _view.IsWord(i - 2) && (Class(i - 2) & WordClass.GroupNoun) != 0 && char.IsLower(_view[i - 2][0]))
            {
                _out.Add(Make(i - 2, j, EntityType.Org));
                return;
            }
        }

        // Issue 9 point 8: an English compound is right-headed, so of an organisation word and a place word in one name
        // the later one says what it names: "Al Assad University Hospital" is a hospital, a place; "Damascus University",
        // "Mosul Dam Authority" stay organisations.
        // A whole gazetteer name of several words is that place, whatever cue word it holds ("West Bank").
        if (HasClass(i, j, WordClass.OrgCue) && !(n > 1 && (HeadCue(i, j) == WordClass.PlaceCue || placeLen == n)))
        {
            if (n > 1 || (i > 0 && _view.Is(i - 1, "the") && i - 1 != _sentenceStart))
            {
                _out.Add(Make(i, j, EntityType.Org));
                return;
            }
        }

        if (HasClass(i, j, WordClass.PlaceCue) && (n > 1 || placeLen == 1))
        {
            // Issue 9 point 8: "Camp Ashraf residents", as "Mosul residents" above: a place leading a group noun names the group.
            var tail = GroupTail(j);
            _out.Add(tail > j ? Make(i, tail, EntityType.Org) : Make(i, j, EntityType.Place));
            return;
        }

        if (placeLen == n)
        {
            _out.Add(Make(i, j, EntityType.Place));
            return;
        }

        var c = c0;
        if ((c & WordClass.Demonym) == 0 && orgLen == 0 && placeLen == 0 && (NumberFollows(j) || (n > 1 && IsNumberWord(j))))
        {
            return; // "Marine One", "Halo 2": a designation, no person
        }

        if (n == 1)
        {
            if ((c & WordClass.Demonym) != 0)
            {
                _out.Add(Make(i, j, EntityType.Nationality));
            }
            else if (_view.IsAllCaps(i) && IsAcronym(_view[i]))
            {
                if (!IsCommonAbbreviation(i))
                {
                    _out.Add(Make(i, j, EntityType.Org));
                }
            }
            else if ((c & WordClass.TitleHead) != 0 && i > 0 && _view.Is(i - 1, "the"))
            {
                _out.Add(Make(i, j, EntityType.Person) with { Kind = MentionKind.Nominal, Role = _view.String(i) });
            }
            else if ((c & (WordClass.CommonWord | WordClass.TitleHead | WordClass.TitleModifier | WordClass.OrgCue | WordClass.PlaceCue)) == 0)
            {
                // "the Assad regime", "Haftar forces", "the Obama administration": a name leading a group noun.
                if (GroupTail(j) is var g && g > j)
                {
                    _out.Add(Make(i, g, EntityType.Org));
                    return;
                }

                if (!char.IsUpper(_view[i][0]))
                {
                    _out.Add(Make(i, j, EntityType.Person)); // "al-Zarqawi"
                    return;
                }

                if ((c & WordClass.FirstName) == 0 && (AfterLocative(i) || PlaceKindFollows(j)))
                {
                    _out.Add(Make(i, j, EntityType.Place)); // "near Husaybah", "the town of Rawah"
                    return;
                }

                // A lone capitalised word: a given name is a person; anything else waits for coreference.
                _out.Add(Make(i, j, (c & WordClass.FirstName) != 0 ? EntityType.Person : null) with { Gender = c & WordClass.FirstName });
            }

            return;
        }

        if ((c & WordClass.FirstName) != 0 && placeLen < n)
        {
            _out.Add(Make(i, j, EntityType.Person) with { Gender = c & WordClass.FirstName });
            return;
        }

        // Split off a leading known piece and type the rest: "Syrian Kurdish", "NATO Turkey".
        if ((c & WordClass.Demonym) != 0)
        {
            _out.Add(Make(i, i, EntityType.Nationality));
            Classify(i + 1, j);
            return;
        }

        if (orgLen > 0)
        {
            _out.Add(Make(i, i + orgLen - 1, EntityType.Org) with { GroupKey = org!.Name, Acronym = org.Acronym });
            Classify(i + orgLen, j);
            return;
        }

        if (placeLen > 0)
        {
            if (IsTeamName(i + placeLen, j))
            {
                _out.Add(Make(i, j, EntityType.Org)); // "Leeds Rhinos", "Boston Celtics"
                return;
            }

            if (IsPlaceNamedPerson(i, j, placeLen, place))
            {
                _out.Add(Make(i, j, EntityType.Person)); // "Austin Aitken" ... "Mr Aitken"; "minister Clare Short"
                return;
            }

            _out.Add(Make(i, i + placeLen - 1, EntityType.Place));
            Classify(i + placeLen, j);
            return;
        }

        // "V.N. Deshmukh", "K.M. Aarif": dotted initials before a name are a person's, not an acronym (issue 8 point 4).
        if (orgLen == 0 && IsDottedInitials(_view[i]) && !HasClass(i + 1, j, WordClass.OrgCue | WordClass.PlaceCue))
        {
            _out.Add(Make(i, j, EntityType.Person));
            return;
        }

        if (_view.IsAllCaps(i) && IsAcronym(_view[i]))
        {
            _out.Add(Make(i, i, EntityType.Org));
            Classify(i + 1, j);
            return;
        }

        if ((c & (WordClass.TitleHead | WordClass.TitleModifier)) != 0)
        {
            if (HasClass(i, j, WordClass.TitleHead))
            {
                // A bare title ("the Foreign Secretary"): a nominal mention of a person.
                _out.Add(Make(i, j, EntityType.Person) with { Kind = MentionKind.Nominal, Role = _view.Range(i, j) });
            }

            return;
        }

        if ((c & WordClass.PlacePrefix) != 0)
        {
            _out.Add(Make(i, j, EntityType.Place)); // "Tal Afar", "Dayr Az Zayr", "Al Huwayjah"
            return;
        }

        // Default: a short run of capitalised words is a person's name, unless one of its words is a common word the
        // text also writes in lower case ("Strategic Framework Agreement", "Greenwich Mean Time").
        if (IsModelDesignation(i, j))
        {
            return; // "Windows XP", "Pentax Optio SV", "Yepp YH-999": a product's designation, no person
        }

        if (PlaceKindFollows(j))
        {
            _out.Add(Make(i, j, EntityType.Place)); // "Deir Hafer district", "Karrada neighbourhood"
            return;
        }

        var hasParticle = false;
        for (var k = i; k <= j; k++)
        {
            hasParticle |= !char.IsUpper(_view[k][0]) || (Class(k) & WordClass.Particle) != 0;
            if (!hasParticle && _lowerCase.Contains(_view.String(k)))
            {
                return;
            }
        }

        // Issue 9 point 8: "Bethnal Green", "Hampstead Heath": a run ending in a generic place element, with no given name
        // or title before it (those returned above), names a place; a relative "who" after it is a person cue ("Conleth Hill, who plays").
        if ((Class(j) & WordClass.PlaceFinal) != 0 && char.IsUpper(_view[j][0]) && !(_view.Is(j + 1, ",") && _view.Is(j + 2, "who")))
        {
            _out.Add(Make(i, j, EntityType.Place));
            return;
        }

        _out.Add(Make(i, j, n <= 4 ? EntityType.Person : EntityType.Org));
    }
}
