using Sitrep.Core.Model;
using Sitrep.Extraction.Events.Casualties;

namespace Sitrep.Extraction.Tests.Events.Casualties;

/// <summary>Choosing an event's fatalities and injuries among its sentence's statements (issue 8 point 3).</summary>
[Trait("Issue", "8")]
public sealed class CasualtyPickerTests
{
    private static EventCasualties Pick(string text, string trigger, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(trigger, start + 1, StringComparison.Ordinal);
        }

        return CasualtyPicker.Pick(text, new TextSpan(0, text.Length), TextSpan.FromLength(start, trigger.Length));
    }

    [Fact]
    public void Pick_StatementAfterTheTrigger_GivesFatalities()
    {
        var c = Pick("The US warplanes pounded the village, killing 6 civilians, including 2 women", "pounded");
        Assert.Equal(6, c.Fatalities?.Count);
        Assert.Null(c.Injuries);
    }

    [Fact]
    public void Pick_KilledAndInjured_GivesBoth()
    {
        var c = Pick("A bomb exploded in the market, killing two and wounding five.", "exploded");
        Assert.Equal(2, c.Fatalities?.Count);
        Assert.Equal(5, c.Injuries?.Count);
    }

    [Fact]
    public void Pick_TriggerIsTheCasualtyWord_TakesItsOwnCount()
    {
        const string text = "Troops killed 3 rebels near the town and 12 civilians died in the crossfire.";
        Assert.Equal(3, Pick(text, "killed").Fatalities?.Count);
        Assert.Equal(12, Pick(text, "died").Fatalities?.Count);
    }

    [Fact]
    public void Pick_OtherClause_LosesToTheTriggersClause()
    {
        // The shelling's clause states 2 dead; the bomb after the semicolon killed 5, nearer in characters but elsewhere.
        const string text = "Two died when troops shelled the town; a bomb killed 5 in Idlib.";
        Assert.Equal(2, Pick(text, "shelled").Fatalities?.Count);
    }

    [Fact]
    public void Pick_NoStatementInTheClause_FallsBackToTheSentence()
    {
        const string text = "Rebels attacked the base, but 4 soldiers were wounded.";
        Assert.Equal(4, Pick(text, "attacked").Injuries?.Count);
    }

    [Fact]
    public void Pick_NoStatement_GivesNone() =>
        Assert.Same(EventCasualties.None, Pick("Protesters marched to parliament.", "marched"));

    [Fact]
    public void Pick_StatementOutsideTheSentence_IsIgnored()
    {
        const string text = "Five were killed. Protesters marched on Monday.";
        var statements = CasualtyReader.Read(text);
        var sentence = new TextSpan(18, text.Length);
        var trigger = TextSpan.FromLength(text.IndexOf("marched", StringComparison.Ordinal), 7);
        Assert.Same(EventCasualties.None, CasualtyPicker.Pick(text, sentence, trigger, statements));
    }

    [Theory]
    [InlineData("Two died when troops shelled the town; a bomb killed 5.", "shelled", "Two died when troops shelled the town")]
    [InlineData("Police fired - two protesters were hurt.", "fired", "Police fired ")]
    [InlineData("Rebels attacked the base, while the army shelled a village.", "shelled", "while the army shelled a village.")]
    [InlineData("Rebels attacked the base.", "attacked", "Rebels attacked the base.")]
    public void ClauseOf_Boundaries_CutAtSemicolonDashAndContrast(string text, string trigger, string clause)
    {
        var span = CasualtyPicker.ClauseOf(text, new TextSpan(0, text.Length), TextSpan.FromLength(text.IndexOf(trigger, StringComparison.Ordinal), trigger.Length));
        Assert.Equal(clause, span.Of(text));
    }
}
