using Sitrep.Extraction.Events.Coding;
using Sitrep.Text.Syntax;

namespace Sitrep.Extraction.Tests.Events.Coding;

/// <summary>Tiny fictional dictionaries (Arnor, Gondor, Rohan) written inline, and a helper that codes a parse with them.</summary>
internal static class CoderFixture
{
    public static readonly string[] Actors =
    [
        "ARNOR_ [ARN]",
        "+ARNORIAN",
        "GONDOR [GON]",
        "+MINAS_TIRITH",
        "ROHAN [ROH]",
        "NORDIA_ [NRD]",
        "NORDIA TELEVISION_ [NRDTV]",
        "THE_SHIRE [FRO/SAM]",
        "ARAGORN",
        "\t[RNG <950601]",
        "\t[GONGOV 19950601 - 19990815]",
        "\t[GONELI > 990816]",
    ];

    public static readonly string[] Agents =
    [
        "FOREIGN_MINISTER [~GOVFRM]",
        "PRIME_MINISTER [~GOV]",
        "SOLDIER [~MIL]",
        "AMBASSADOR [~GOV]",
        "MSF {} [NGO~]",
        "SECURITY SERVICE {} [~SPY]",
    ];

    public static readonly string[] Verbs =
    [
        "&NEGATVAUXVRB",
        "+DID N'T",
        "+WILL NOT",
        "--- ATTACK [190] ---",
        "ATTACK",
        "- &NEGATVAUXVRB * [---]",
        "- * WITH_ARTILLERY [195]",
        "--- VISIT [042:043] ---",
        "VISIT",
        "--- MEET [031:031] ---",
        "MEET {MET MEETS MEETING}",
        "--- BREAK [1717] ---",
        "BREAK {BROKE BROKEN BREAKS BREAKING}",
        "- + * IN $ [075]",
        "--- THREATEN [130] ---",
        "THREATEN",
        "- NOT * [112]",
        "--- BLOCK [191] ---",
        "+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}",
        "--- AGREE [081] ---",
        "AGREE",
        "- % * [030:030]",
        "&BOND",
        "+TIE",
        "+PACT_",
        "&ACCORD_",
        "+TREATY",
        "--- RENEW [---] ---",
        "RENEW",
        "- * &BOND [064]",
        "- * &ACCORD [065]",
    ];

    public static readonly string[] Discards = ["BASEBALL", "+TYPHOON"];

    public static readonly CodingDictionaries Dictionaries = CodingDictionaries.FromTabari(
        [("actors.txt", Actors)], ("agents.txt", Agents), ("verbs.txt", Verbs), ("discards.txt", Discards));

    public static readonly DateOnly Date = new(1995, 1, 4);

    /// <summary>Codes a parse; events as <c>SRC->TGT:code</c>, sorted.</summary>
    public static string[] Code(string parse, DateOnly? date = null, CoderOptions? options = null) =>
        [.. new TreeEventCoder(Dictionaries, options).Code(PennTreeReader.Parse(parse), date ?? Date).Select(e => e.ToString()).Order(StringComparer.Ordinal)];
}
