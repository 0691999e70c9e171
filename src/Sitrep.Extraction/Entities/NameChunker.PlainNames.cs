using Sitrep.Core.Model;

namespace Sitrep.Extraction.Entities;

/// <summary>
/// Types a chunk with no title: a known organisation or place, a nationality or place leading a group noun, a country
/// acting as its state, cue words read as right-headed compounds, and the leading known piece split off the rest.
/// </summary>
internal sealed partial class NameChunker
{
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

        if (placeLen == n && ((n == 1 && (c0 & WordClass.Demonym) != 0) || place is { IsCountry: true }))
        {
            // A country that acts is its state, an organisation: "U.S.-led" (tokenised apart), "Australia’s response",
            // "Turkey has sent".
            if (LedSuffixFollows(j) || IsPossessiveActor(j) || IsActor(i, j))
            {
                _out.Add(Make(i, j, EntityType.Org));
                return;
            }

            // "the government of Iraq": a group noun of a country.
            if (_view.Is(i - 1, "of") && _view.IsWord(i - 2) && (Class(i - 2) & WordClass.GroupNoun) != 0 && char.IsLower(_view[i - 2][0]))
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
        if ((c & WordClass.Demonym) == 0 && orgLen == 0 && placeLen == 0 && (NumberFollows(j) || (n > 1 && NameContextWords.IsNumberWord(_view[j]))))
        {
            return; // "Marine One", "Halo 2": a designation, no person
        }

        if (n == 1)
        {
            if ((c & WordClass.Demonym) != 0)
            {
                _out.Add(Make(i, j, EntityType.Nationality));
            }
            else if (_view.IsAllCaps(i) && NameShape.IsAcronym(_view[i]))
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
        if (orgLen == 0 && NameShape.IsDottedInitials(_view[i]) && !HasClass(i + 1, j, WordClass.OrgCue | WordClass.PlaceCue))
        {
            _out.Add(Make(i, j, EntityType.Person));
            return;
        }

        if (_view.IsAllCaps(i) && NameShape.IsAcronym(_view[i]))
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
