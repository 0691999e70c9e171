namespace Sitrep.Core.Model;

/// <summary>Direct (in quotation marks) or indirect (reported) speech.</summary>
public enum QuoteKind
{
    /// <summary>Words in quotation marks.</summary>
    Direct,

    /// <summary>Reported speech (<c>X said (that) …</c>).</summary>
    Indirect,
}
