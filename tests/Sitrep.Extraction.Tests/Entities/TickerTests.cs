using Sitrep.Core.Model;
using Sitrep.Extraction.Entities;

namespace Sitrep.Extraction.Tests.Entities;

/// <summary>Issue 8 point 5: a stock ticker in angle brackets is no name ("Royal Bank of Canada &lt;RT.TO&gt;" is not RT).</summary>
[Trait("Issue", "8")]
public sealed class TickerTests
{
    [Theory]
    [InlineData("Royal Bank of Canada <RT.TO> said", "RT", true)]
    [InlineData("Anglo American <ANGL.J> has attacked", "ANGL", true)]
    [InlineData("the <Nippon Telegraph and Telephone> of Japan", "Nippon", false)]
    [InlineData("RT said on Monday", "RT", false)]
    public void IsTicker_OnlyForASymbolInAngleBrackets(string text, string name, bool expected)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        Assert.Equal(expected, EntityRecognizer.IsTicker(text, new TextSpan(start, start + name.Length)));
    }
}
