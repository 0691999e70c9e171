namespace Sitrep.Core.Model;

/// <summary>What a zone of the raw text is.</summary>
public enum ZoneKind
{
    /// <summary>Article body text: the only zone later stages read for sentences.</summary>
    Body,

    /// <summary>The article title.</summary>
    Title,

    /// <summary>A scraped date header such as <c>date 2020-01-08</c>.</summary>
    DateHeader,

    /// <summary>Feed noise such as <c>advertisement</c> lines.</summary>
    Noise,

    /// <summary>The dateline at the start of the body (<c>CAIRO –</c>).</summary>
    Dateline,

    /// <summary>An all-caps section heading.</summary>
    Heading,

    /// <summary>The credits line (<c>(Additional reporting by …; Editing by …)</c>).</summary>
    Credits,
}
