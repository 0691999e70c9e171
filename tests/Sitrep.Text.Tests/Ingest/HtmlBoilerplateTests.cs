using AngleSharp.Html.Parser;
using Sitrep.Text.Ingest;

namespace Sitrep.Text.Tests.Ingest;

[Trait("Issue", "9")]
public sealed class HtmlBoilerplateTests
{
    private static bool IsBoilerplate(string html)
    {
        var page = new HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
        return HtmlBoilerplate.IsBoilerplate(page.Body!.FirstElementChild!);
    }

    [Theory]
    [InlineData("<figure><img src=a.jpg><figcaption>Smoke over the city</figcaption></figure>")]
    [InlineData("<figcaption>Smoke over the city</figcaption>")]
    [InlineData("<aside><a href=/x>Related story</a></aside>")]
    [InlineData("<span class=\"media-caption__text\">Delegates in Berlin</span>")]
    [InlineData("<span class=\"story-image-copyright\">Getty Images</span>")]
    [InlineData("<span class=\"photo-credit\">REUTERS/A. Name</span>")]
    [InlineData("<div class=\"ad-slot\">Advertisement</div>")]
    [InlineData("<div id=\"adSlotMid\">Advertisement</div>")]
    [InlineData("<div class=\"sponsored-unit\">Cheap flights</div>")]
    public void IsBoilerplate_CaptionCreditOrAdvertisement_True(string html) => Assert.True(IsBoilerplate(html));

    [Theory]
    [InlineData("<p>Officials said the talks ended.</p>")]
    [InlineData("<div class=\"headline\">Talks end</div>")]
    [InlineData("<div class=\"read-more loaded shadow\">Talks end</div>")]
    [InlineData("<article class=\"ad\">Talks end</article>")]
    public void IsBoilerplate_Text_False(string html) => Assert.False(IsBoilerplate(html));

    [Fact]
    public void IsBoilerplate_LongElementWithAdWord_False()
    {
        // A wrapper such as "article-with-ads" holding the story is not an advertisement.
        var story = string.Concat(Enumerable.Repeat("<p>Officials said the talks ended without agreement on Wednesday.</p>", 12));

        Assert.False(IsBoilerplate($"<div class=\"article-with-ads\">{story}</div>"));
    }
}
