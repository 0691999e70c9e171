using Sitrep.Extraction.Data;
using Sitrep.Extraction.Dictionaries.Actors;
using static Sitrep.Extraction.Tests.Dictionaries.Actors.ActorFileTestKit;

namespace Sitrep.Extraction.Tests.Dictionaries.Actors;

public sealed class ActorFileReaderTests
{
    [Fact]
    public void Read_FullLine_AllFields()
    {
        var record = ActorFileReader.Read(File("a.txt", "GONGOV\tKing Elessar | Aragorn\t3019-03-25\t3120-03-01\tking")).Single();
        Assert.Equal("GONGOV", record.Code.Value);
        Assert.Equal(["King Elessar", "Aragorn"], record.Phrases.ToArray());
        Assert.Equal(Date("3019-03-25"), record.From);
        Assert.Equal(Date("3120-03-01"), record.Until);
        Assert.Equal("king", record.Note);
        Assert.Equal(2, record.Line);
    }

    [Fact]
    public void Read_TwoFields_Undated() => Assert.False(ActorFileReader.Read(File("a.txt", "ARN\tArnor")).Single().IsDated);

    [Theory]
    [InlineData("GONGO\tGondor", "not an actor code")]
    [InlineData("gongov\tGondor", "not an actor code")]
    [InlineData("GON-GOV\tGondor", "not an actor code")]
    [InlineData("GONGOV\tGondor\t3019-13-01", "not a from date")]
    [InlineData("GONGOV\tGondor\t\t19.3.3019", "not a until date")]
    [InlineData("GONGOV\tGondor\t3019-03-25\t3018-01-01", "before from")]
    [InlineData("GONGOV\tGondor |  | Minas Tirith", "empty phrase")]
    [InlineData("GONGOV", "expected 2 to 5")]
    public void Read_MalformedLine_ErrorNamesFileAndLine(string line, string problem)
    {
        var file = File("bad.txt", "ARN\tArnor", line);
        var ex = Assert.Throws<DataFileException>(() => ActorFileReader.Read(file));
        Assert.Equal(3, ex.Line);
        Assert.EndsWith("bad.txt", ex.FilePath, StringComparison.Ordinal);
        Assert.Contains("bad.txt:3:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ConflictingUndatedCodes_ErrorNamesBothLines()
    {
        var file = File("dup.txt", "ARN\tArnor | North Kingdom", "GON\tGondor", "GON\tnorth kingdom");
        var ex = Assert.Throws<DataFileException>(() => ActorDictionary.Build(ActorFileReader.Read(file)));
        Assert.Equal(4, ex.Line);
        Assert.Contains("dup.txt:2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OverlappingDatedCodes_Error()
    {
        var file = File("dup.txt", "GONGOV\tDenethor\t2984-01-01\t3019-03-15", "GONMIL\tDenethor\t3019-01-01\t");
        var ex = Assert.Throws<DataFileException>(() => ActorDictionary.Build(ActorFileReader.Read(file)));
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Build_SameCodeTwice_NoError()
    {
        var dictionary = ActorDictionary.Build(ActorFileReader.Read(File("ok.txt", "GON\tGondor", "GON\tGondor | Minas Tirith")));
        Assert.Equal(2, dictionary.PhraseCount);
    }
}
