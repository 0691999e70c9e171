using CsCheck;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Entities;
using Sitrep.Text;
using static Sitrep.Extraction.Tests.Entities.EntityTestKit;

namespace Sitrep.Extraction.Tests.Entities.Casing;

[Trait("Issue", "8")]
public class TruecaserTests
{
    private static readonly Pipeline Text = new PipelineBuilder().UseText().Build();

    private static string View(string text) => Catalog.EntityLexicon().Truecaser.View(Text.Process(new Document("t", text)));

    [Fact]
    public void View_NewsroomText_IsTheRawTextItself()
    {
        var doc = Text.Process(new Document("t", "Turkey has sent advisers to Libya, officials in Tripoli said on Monday."));
        Assert.Same(doc.Text, Catalog.EntityLexicon().Truecaser.View(doc));
    }

    [Theory]
    [InlineData("ahmedabad: the police fired in the air in godhra and vadodara on friday.", "Ahmedabad: the police fired in the air in Godhra and Vadodara on friday.")]
    [InlineData("the curfew in new delhi and uttar pradesh was lifted by the state government.", "the curfew in New Delhi and Uttar Pradesh was lifted by the state government.")]
    [InlineData("IRAN SAYS IT DOWNED U.S. JET OVER SYRIA", "Iran says it downed U.S. jet over Syria")]
    public void View_CaselessSentence_CapitalisesNamesOnly(string text, string expected)
    {
        Assert.Equal(expected, View(text));
    }

    [Theory]
    [InlineData("mobile phones were seized from the mob after the raid, the police said.")]
    [InlineData("he was reading a nice book about the police in the evening, his brother said.")]
    [InlineData("condemns us to the depths of barbarism, the activists said in a statement.")]
    public void View_CommonWordsThatAreAlsoPlaces_StayLowerCase(string text)
    {
        Assert.Equal(text, View(text));
    }

    [Theory]
    [InlineData("the tla general secretary manhar shukla said on friday that the mills were shut.", "General Secretary Manhar Shukla")]
    [InlineData("he slammed chief minister narendra modi for the delay in calling the army.", "Chief Minister Narendra Modi")]
    [InlineData("in a letter to joint commissioner v.n. deshmukh, the trust praised the police.", "V.N. Deshmukh")]
    [InlineData("union home minister l k advani said the situation was under control.", "L K Advani")]
    [InlineData("the minister met mr deshmukh at his office in the city on monday.", "Mr Deshmukh")]
    public void View_NameAfterTitleHonorificOrInitials_IsCapitalised(string text, string name)
    {
        Assert.Contains(name, View(text), StringComparison.Ordinal);
    }

    [Fact]
    public void View_AcronymDefinedInParentheses_CapitalisesLongFormAndAcronym()
    {
        var view = View("the vishwa hindu parishad (vhp) gave a call for a bandh, and vhp leaders met on sunday.");
        Assert.Contains("Vishwa Hindu Parishad (VHP)", view, StringComparison.Ordinal);
        Assert.Contains("and VHP leaders", view, StringComparison.Ordinal);
    }

    [Fact]
    public void View_WordCapitalisedOnEvidence_IsCapitalisedThroughoutTheDocument()
    {
        var view = View("the general secretary manhar shukla said the mills were shut. shukla, who saw the 1969 riots, told reporters it was worse.");
        Assert.Contains("Shukla, who saw", view, StringComparison.Ordinal);
    }

    [Fact]
    public void View_DocumentsOwnCapitals_AreUsedInItsLowerCaseSentences()
    {
        var view = View("The Rasulabad Trust met on Monday. later the rasulabad trust said the talks had failed.");
        Assert.Contains("the Rasulabad Trust said", view, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reinvestigates", false)]
    [InlineData("legalizes", true)]
    [InlineData("shellings", true)]
    [InlineData("investigatingly", true)]
    [InlineData("kaczynski", false)]
    public void IsInflected_WordTheTableLacks_TrueForFormsOfCommonWords(string word, bool expected)
    {
        var truecaser = Catalog.EntityLexicon().Truecaser;
        Assert.False(Catalog.EntityLexicon().Casing.TryGet(word, out _), $"{word} is in the table; pick another");
        Assert.Equal(expected, truecaser.IsInflected(word));
    }

    [Theory]
    [InlineData("PARIS COURT JAILS TWO POLICE OFFICERS", "Paris court jails two police officers")]
    [InlineData("STUDENTS OF DAMASCUS UNIVERSITY PROTEST", "students of Damascus University protest")]
    public void View_CueWordAfterAName_CapitalisedOnlyWhenNewsCapitalisesIt(string text, string expected)
    {
        Assert.Equal(expected, View(text));
    }

    [Fact]
    public void View_ArbitraryCaselessText_ChangesOnlyTheCaseOfLetters()
    {
        string[] words = ["ahmedabad", "police", "said", "chief", "minister", "narendra", "modi", "(", "vhp", ")", "in", "godhra", ".", ",", "the", "v.n.",
            "deshmukh", "of", "ministry", "defence", "mr", "us", "syria", "al", "tal", "afar", "k", "\n\n", "“", "”", "’s", "IRAQ", "SAYS"];
        Gen.Int[0, words.Length - 1].Array[1, 50].Select(ix => string.Join(' ', ix.Select(i => words[i]))).Sample(text =>
        {
            var view = View(text);
            Assert.Equal(text.Length, view.Length);
            Assert.Equal(text.ToLowerInvariant(), view.ToLowerInvariant());
        }, iter: 300);
    }
}
