using System.Collections.Frozen;

namespace Sitrep.Extraction.Events.Casualties;

/// <summary>
/// The closed word lists of the casualty reader (issue 8 point 3): casualty words and how they take their count, nouns
/// for people and for things, and the function words the constructions turn on. Lookups ignore letter case, so lower-case
/// corpora and all-caps headlines read alike. Built once, immutable.
/// </summary>
internal static class CasualtyLexicon
{
    private const string PersonSingular =
        "man woman child boy girl person civilian soldier trooper policeman policewoman constable cop officer jawan " +
        "militant insurgent rebel fighter terrorist gunman attacker assailant bomber protester protestor demonstrator " +
        "rioter student worker villager resident passenger pilgrim worshipper worshiper devotee member supporter activist " +
        "journalist reporter leader commander guard farmer teacher doctor nurse patient prisoner inmate detainee hostage " +
        "refugee migrant tourist driver shopkeeper trader youth youngster teenager teen infant baby toddler minor adult " +
        "elder individual relative brother sister son daughter father mother husband wife parent kid citizen " +
        "official politician councillor councilor corporator mayor chief judge lawyer priest monk imam cleric victim " +
        "suspect criminal robber dacoit goon miscreant extremist jihadist separatist guerrilla guerilla militiaman sailor " +
        "marine pilot crewman employee labourer laborer miner fisherman herder herdsman peacekeeper contractor volunteer " +
        "general colonel captain lieutenant sergeant inspector sub-inspector superintendent commando ranger sentry bodyguard " +
        "agent informer informant tribesman vendor hawker merchant businessman engineer pedestrian bystander neighbour " +
        "neighbor colleague photographer cameraman correspondent occupant sevak karsevak cadre head-constable havildar " +
        "combatant serviceman servicewoman armyman schoolboy schoolgirl watchman minister speaker president mla mp legislator lawmaker governor " +
        "secretary spokesman spokesperson director manager owner muslim hindu christian sikh dalit jew kurd arab afghan pakistani iraqi syrian " +
        "palestinian israeli somali";

    private const string PersonPlural =
        "men women children boys girls people persons civilians soldiers troops troopers policemen policewomen police " +
        "constables cops officers jawans militants insurgents rebels fighters terrorists gunmen attackers assailants " +
        "bombers protesters protestors demonstrators rioters students workers villagers residents passengers pilgrims " +
        "worshippers worshipers devotees members supporters activists journalists reporters leaders commanders guards " +
        "farmers teachers doctors nurses patients prisoners inmates detainees hostages refugees migrants tourists drivers " +
        "shopkeepers traders youths youngsters teenagers teens infants babies toddlers minors adults elders individuals " +
        "relatives brothers sisters sons daughters fathers mothers husbands wives parents kids citizens nationals locals " +
        "officials politicians councillors mayors chiefs judges lawyers priests monks imams clerics victims suspects " +
        "criminals robbers dacoits goons miscreants extremists jihadists separatists guerrillas guerillas paramilitaries " +
        "militiamen sailors marines pilots crew crewmen staff employees labourers laborers miners fishermen herders " +
        "herdsmen peacekeepers contractors volunteers others personnel forces commandos rangers sentries bodyguards agents " +
        "informers tribesmen vendors hawkers merchants businessmen engineers pedestrians bystanders onlookers spectators " +
        "neighbours neighbors colleagues occupants inhabitants settlers mourners sevaks karsevaks cadres folk folks " +
        "combatants servicemen servicewomen armymen schoolboys schoolgirls watchmen ministers mlas mps legislators lawmakers governors " +
        "muslims hindus christians sikhs dalits jews kurds arabs afghans pakistanis indians iraqis syrians palestinians " +
        "israelis somalis americans";

    private const string NonPerson =
        "year years month months week weeks day days hour hours minute minutes second seconds decade decades century " +
        "centuries time times am pm km kms kilometres kilometers kilometre kilometer mile miles metres meters metre " +
        "meter feet foot ft kg kgs kilograms tonnes tons tonne ton percent per cent crore crores lakh lakhs rupees rupee " +
        "dollars dollar pounds euros bills bill measures proposals motions plans deals projects trees tree cattle cows cow " +
        "goats goat sheep animals animal dogs dog birds bird fish buffaloes camels horses livestock elephants chickens hens " +
        "pigs crops acres hectares houses homes shops vehicles cars buses trucks tanks buildings rounds shells rockets " +
        "missiles bombs grenades bullets cases points goals runs wickets seats votes jobs hopes riots attacks incidents " +
        "clashes protests blasts explosions villages districts towns cities states countries areas places mills factories " +
        "schools hospitals temples mosques churches trains jets aircraft planes helicopters drones boats ships storey " +
        "groups sides factions parties communities organisations organizations outfits units " +
        "floors o'clock";

    private const string Stop =
        "in on at by from to for with near after before during since until within without across into onto over under " +
        "between among amid against along around behind inside outside through toward towards via of and or but nor so " +
        "yet as while when where whereas which who whom whose that than then if unless because although though including " +
        "include includes also were was is are be been being has have had got get gets getting do does did will would " +
        "could might may shall should can must said says say told according reported claimed sustained suffered received " +
        "lost fled went came remained yesterday today tonight tomorrow morning evening night afternoon monday " +
        "tuesday wednesday thursday friday saturday sunday weekend last early late earlier overnight there here this these " +
        "those the a an his her their its " +
        "our my your reportedly allegedly instantly immediately later subsequently already still now far";

    private const string Skip =
        "was were is are be been being has have had got get gets getting reportedly allegedly also all subsequently later " +
        "instantly immediately apparently reported confirmed feared believed presumed said thought known found declared " +
        "pronounced so far now already still then just critically seriously severely grievously badly slightly mildly " +
        "heavily gravely lightly having slumped lying " +
        "brutally tragically who that which";

    private const string ViolenceVerb =
        "beaten beat stabbed hacked burnt burned charred crushed trampled stoned lynched bludgeoned tortured clubbed " +
        "battered shot strangled starved choked mauled kicked put done roasted buried gunned knifed axed hanged torched " +
        "hit struck attacked assaulted";

    private const string Months =
        "january february march april may june july august september october november december jan feb mar apr jun jul " +
        "aug sep sept oct nov dec";

    private static readonly FrozenDictionary<string, WordInfo> Words = Build();

    private static readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What the lexicon knows of <paramref name="word"/>, in any letter case; default when nothing.</summary>
    public static WordInfo Find(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var info) ? info : default;

    private static FrozenDictionary<string, WordInfo> Build()
    {
        var words = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        Add(words, PersonSingular, WordTags.PersonSingular);
        Add(words, PersonPlural, WordTags.PersonPlural);
        Add(words, NonPerson, WordTags.NonPerson);
        Add(words, Stop, WordTags.Stop);
        Add(words, Skip, WordTags.Skip);
        Add(words, ViolenceVerb, WordTags.ViolenceVerb);
        Add(words, Months, WordTags.Month);
        Add(words, "will would could might may shall should can must 'll cannot", WordTags.Modal);
        Add(words, "not never cannot nor", WordTags.Negation);
        Add(words, "a an the his her their its this that another our my your first second third fourth fifth", WordTags.Determiner);
        Add(words, "he she him her himself herself", WordTags.Pronoun);
        Add(words, "rs inr usd $ £ € ₹ aged age ages article section page flight route highway sector ward phase class gate " +
            "platform room plot block number rank grade chapter paragraph clause item level category episode nh", WordTags.NumberBlocker);
        Add(words, "no none nobody noone no-one", WordTags.Zero);
        Add(words, "and plus", WordTags.Conj);
        Add(words, "was were is are be been being got get gets getting", WordTags.BeAux);
        Add(words, "feared believed reported confirmed found presumed thought said known declared pronounced assumed", WordTags.Reporting);
        Add(words, "and but while whereas when where who whom which that because although though after before as since until " +
            "if unless said says told", WordTags.ClauseBreak);
        Add(words, "if unless whether", WordTags.Conditional);
        Add(words, "at more well over nearly almost about around approximately roughly some as no not nor an a estimated " +
            "upwards close in fewer less under only just exactly all another between up both half tens hundreds thousands " +
            "scores dozens several many numerous multiple countless lots anyone anybody", WordTags.CountStart);
        NumberWords.AddTo(words);
        AddAnchors(words);
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static void AddAnchors(Dictionary<string, WordInfo> words)
    {
        const CasualtyKind K = CasualtyKind.Killed;
        const CasualtyKind I = CasualtyKind.Injured;
        Anchor(words, K, AnchorForm.Participle, "killed murdered slain massacred assassinated executed lynched beheaded slaughtered butchered");
        Anchor(words, K, AnchorForm.Progressive, "killing murdering massacring slaughtering butchering lynching assassinating");
        Anchor(words, K, AnchorForm.Present, "kill kills slew lynch lynches");
        Anchor(words, K, AnchorForm.Intransitive, "died dies die perished perish perishes succumbed succumbs");
        Anchor(words, K, AnchorForm.Predicative, "dead");
        Anchor(words, K, AnchorForm.Noun, "deaths fatalities bodies corpses killings murders body corpse murder massacre assassination");
        Anchor(words, K, AnchorForm.ZeroNoun, "casualties casualty");
        Anchor(words, K, AnchorForm.Toll, "toll");
        Anchor(words, K, AnchorForm.Death, "death");
        Anchor(words, K, AnchorForm.Alive, "alive");
        Anchor(words, K, AnchorForm.Lives, "lives life");
        Anchor(words, I, AnchorForm.Participle, "injured wounded hurt maimed");
        Anchor(words, I, AnchorForm.Progressive, "injuring wounding maiming");
        Anchor(words, I, AnchorForm.Present, "injures injure");
        Anchor(words, I, AnchorForm.Noun, "injuries injury");
    }

    private static void Add(Dictionary<string, WordInfo> words, string list, WordTags tags)
    {
        foreach (var word in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var known = words.GetValueOrDefault(word);
            words[word] = known with { Tags = known.Tags | tags };
        }
    }

    private static void Anchor(Dictionary<string, WordInfo> words, CasualtyKind kind, AnchorForm form, string list)
    {
        foreach (var word in list.Split(' '))
        {
            var known = words.GetValueOrDefault(word);
            words[word] = known with { Tags = known.Tags | WordTags.Anchor, Anchor = new AnchorInfo(kind, form) };
        }
    }

    /// <summary>Adds a number word's value (used by <see cref="NumberWords"/>).</summary>
    internal static void AddNumber(Dictionary<string, WordInfo> words, string word, int value)
    {
        var known = words.GetValueOrDefault(word);
        words[word] = known with { Tags = known.Tags | WordTags.NumberWord, Number = value };
    }
}
