using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// The first step of typing a chunk: leading common words and sentence-initial words trimmed, then a title split from
/// the person it names, with its role, affiliation, honorific and gender ("GNA Interior Minister Fathi Bashagha").
/// </summary>
internal sealed partial class NameChunker
{
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

    private static string TrimRole(string role)
    {
        var r = role.Trim();
        foreach (var tail in NameContextWords.RoleTails)
        {
            if (r.EndsWith(tail, StringComparison.Ordinal))
            {
                r = r[..^tail.Length];
            }
        }

        return r;
    }
}
