namespace Sitrep.Text.Tests.Ingest;

/// <summary>
/// Article pages written for the tests, after the public structure of wire and broadcaster pages (issue 9 point 10):
/// a header with navigation, the article with a figure (caption and photo credit), inline advertisements, the body and
/// a footer. The stories are invented.
/// </summary>
internal static class HtmlTestPages
{
    /// <summary>A wire-agency page: dateline with date and agency, a figure, an ad slot, a credits line.</summary>
    public const string Wire = """
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <title>Turkish advisers arrive in Tripoli as fighting spreads | Newswire</title>
        <link rel="canonical" href="https://www.example.com/world/africa/turkey-libya-advisers-2020-01-08/">
        <meta property="article:published_time" content="2020-01-08T10:12:00Z">
        <script>window.dataLayer = [{"section": "World"}];</script>
        </head>
        <body>
        <header class="site-header">
          <a class="logo" href="/">Newswire</a>
          <nav aria-label="Main"><ul>
            <li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
            <li><a href="/world/africa">Africa</a></li><li><a href="/topics/libya">Libya</a></li>
          </ul></nav>
        </header>
        <main id="main-content">
        <article class="article">
          <h1 class="headline">Turkish advisers arrive in Tripoli as fighting spreads</h1>
          <div class="byline">By Sami Example</div>
          <figure class="lead-image">
            <img src="/images/tripoli-smoke.jpg" alt="Smoke over Tripoli">
            <figcaption>Smoke rises after shelling in a southern district of Tripoli, Libya, January 7, 2020.
              <span class="photo-credit">REUTERS/Omar Placeholder</span></figcaption>
          </figure>
          <div class="article-body">
            <p><span class="dateline">TRIPOLI, Jan 8 (Reuters) -</span> Turkish military advisers have arrived in Tripoli
            to support Libya&#8217;s internationally recognised government, two officials said on Wednesday, as fighting
            spread to the southern edge of the capital.</p>
            <p>The advisers will train forces loyal to the Government of National Accord &amp; help operate air defences,
            one of the officials said, speaking on condition of anonymity because he was not authorised to brief the media.</p>
            <div class="ad-slot" id="ad-mid-1"><span class="ad-label">Advertisement</span>
              <div class="sponsored-unit">Sponsored: Compare cheap flights to the sun this winter</div></div>
            <p>Eastern commander Khalifa Haftar launched an offensive on Tripoli in April. His forces said on Tuesday they
            had taken the coastal city of Sirte, which Libya&rsquo;s government denied.</p>
            <div class="inline-image"><img src="/images/ankara.jpg" alt=""></div>
            <p><em>Photo: Reuters/Dara Placeholder</em></p>
            <p>Ankara says it is acting at the invitation of the government in Tripoli and has warned other powers against
            backing the eastern forces.</p>
            <p>(Reporting by Sami Example in Tripoli and Dara Sample in Ankara; Editing by Kim Editor)</p>
          </div>
        </article>
        </main>
        <footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes. Libya coverage archive.</p>
          <p>&copy; 2020 Newswire. All rights reserved.</p></footer>
        </body></html>
        """;

    /// <summary>
    /// A news-agency page: a title-case dateline with region and agency, a caption credit in agency form, and an
    /// unlabelled ad container whose only text is <c>ADVERTISEMENT</c>. The first body word also names a
    /// navigation section.
    /// </summary>
    public const string Agency = """
        <!DOCTYPE html>
        <html><head><title>Drone attack hits power station near Kyiv</title>
        <meta property="og:url" content="https://news.example.org/article/ukraine-drone-power-station">
        </head>
        <body>
        <div class="Page-header">
          <nav class="Navigation"><a href="/hub/world-news">World</a> <a href="/hub/us-news">U.S.</a>
          <a href="/hub/politics">Politics</a> <a href="/hub/russia-ukraine">Russia-Ukraine</a> <a href="/hub/business">Business</a></nav>
        </div>
        <main class="Page-main">
          <h1 class="Page-headline">Drone attack hits power station near Kyiv</h1>
          <div class="Page-byline">By Olena Sample and Petro Example</div>
          <div class="RichTextStoryBody">
            <p>KYIV, Ukraine (AP) — Crews worked on Wednesday to restore electricity to
            thousands of homes after a drone attack on a power station outside Kyiv, Ukrainian officials said.</p>
            <figure class="Figure"><img src="/photo/repairs.jpg" alt="">
              <figcaption class="Figure-caption">Workers repair damaged lines outside Kyiv, Ukraine, Wednesday.
              (AP Photo/Ivan Placeholder)</figcaption></figure>
            <p>The regional governor said two workers were injured and that air defences had shot down most of the
            drones launched overnight.</p>
            <div class="RichTextBody-insert"><p>ADVERTISEMENT</p></div>
            <p>Russia&#x2019;s defence ministry did not comment on the attack. It said its forces had struck military
            targets in several regions.</p>
          </div>
        </main>
        <footer><p>Politics newsletter. Copyright 2024 The Associated Example.</p></footer>
        </body></html>
        """;

    /// <summary>
    /// A broadcaster page: the figure, after the introduction, carries the hidden <c>Image copyright</c> and
    /// <c>Image caption</c> labels; an aside holds related links; the headline's and the introduction's first words
    /// also name navigation sections.
    /// </summary>
    public const string Broadcaster = """
        <!DOCTYPE html>
        <html lang="en-GB"><head><title>Libya talks: World powers call for ceasefire - Example News</title></head>
        <body>
        <div id="orb-banner"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
        <nav class="nw-c-nav"><ul><li><a href="/news/world">World</a></li><li><a href="/news/world/africa">Africa</a></li>
        <li><a href="/news/world/middle_east">Middle East</a></li><li><a href="/news/topics/libya">Libya</a></li></ul></nav>
        <div class="story-body">
          <h1 class="story-body__h1">Libya talks: World powers call for ceasefire</h1>
          <div class="story-body__inner" property="articleBody">
            <p class="story-body__introduction">World powers have called for a lasting ceasefire in Libya after talks in
            Berlin, where the rival leaders met separately with the hosts.</p>
            <figure class="media-landscape has-caption full-width">
              <span class="image-and-copyright-container"><img src="/img/berlin.jpg" alt="Delegates in Berlin">
                <span class="off-screen">Image copyright</span><span class="story-image-copyright">Getty Images</span></span>
              <figcaption class="media-caption"><span class="off-screen">Image caption</span>
                <span class="media-caption__text">Delegates gathered in Berlin on Sunday</span></figcaption>
            </figure>
            <p>The meeting ended with a promise to respect a United Nations arms embargo, which has been broken repeatedly
            since 2011.</p>
            <aside class="related-content"><h2>Related Topics</h2><a href="/news/topics/libya">Libya conflict</a>
              <a href="/news/topics/un">United Nations</a></aside>
            <p>Forces loyal to the eastern commander have besieged the capital since April. Hundreds of people have been
            killed and thousands displaced.</p>
            <p>The prime minister of the government in Tripoli said he would not sit at the same table as his rival, but
            agreed to name members of a military committee that would monitor the truce.</p>
            <h2 class="story-body__crosshead">What happens next?</h2>
            <p>Diplomats said the committee could meet in Geneva within weeks. A follow-up meeting of foreign ministers is
            planned for February, when the hosts hope to agree on how the embargo will be enforced at sea.</p>
          </div>
        </div>
        <div id="orb-footer"><p>Copyright 2020 Example News. Read about our approach to external linking.</p></div>
        </body></html>
        """;
}
