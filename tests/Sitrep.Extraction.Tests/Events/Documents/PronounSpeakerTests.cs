using Sitrep.Core.Model;
using Sitrep.Extraction.Evaluation;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Events.Documents;

/// <summary>
/// "he said" after an unnamed officer's statement (issue 8, IndiaPoliceEvents, round wt11-ipe): the pronoun is the
/// officer as the speaker of a statement, within three sentences, with no person named or other speaker in between.
/// The texts are written for these tests, in the constructions of the corpus.
/// </summary>
[Trait("Issue", "8")]
public sealed class PronounSpeakerTests
{
    private static readonly DateOnly Date = new(2002, 3, 2);

    private static Document Analyse(string text) => Default.Process(new Document("ipe", "ahmedabad: " + text, new DocumentMetadata { Date = Date }));

    private static int PoliceStatements(string text) => Analyse(text).Events.Count(e => IpeEvaluator.IsPoliceSource(e) && e.Code.RootNumber == 1);

    [Theory]
    [InlineData("a senior police official said that the situation was unprecedented. \"no one had expected such a mayhem at the station,\" he said.")]
    [InlineData("the dgp said that the situation was under control. the curfew will be relaxed on sunday, he added.")]
    [InlineData("a police officer said the mob had dispersed by noon. the town was calm in the evening. the shops opened at six, he said.")]
    public void Code_HeSaidAfterOfficer_IsTheOfficersStatement(string text) =>
        Assert.Equal(2, PoliceStatements(text));

    [Theory]
    [InlineData("police said that two persons were arrested. we will go to ayodhya and build a temple there, he said.")]
    [InlineData("a senior police official said the situation was calm. the chief minister narendra modi visited the city on friday. he said the riots were over.")]
    [InlineData("a senior police official said the situation was calm. the vhp leader said the march would go on. he said the temple would be built.")]
    [InlineData("a police officer said the mob had dispersed. the town was calm. the shops opened. the buses ran. the schools reopened, he said.")]
    public void Code_HeSaidAfterCollectiveOrOtherSpeakerOrTooFar_IsNoOfficer(string text) =>
        Assert.Equal(1, PoliceStatements(text));

    [Fact]
    public void Code_PronounAfterOfficer_AuthorsNoOtherAct() =>
        Assert.DoesNotContain(Analyse("a senior police official said the mob had gathered near the temple. he attacked the mob with a stick.").Events,
            e => IpeEvaluator.IsPoliceSource(e) && e.Code.RootNumber != 1);
}
