namespace Sitrep.Extraction.Events.Coding;

/// <summary>An event as text, for comparing coder output with the validation suite's gold.</summary>
/// <param name="Source">Source code as written.</param>
/// <param name="Target">Target code as written.</param>
/// <param name="Code">Event code as written.</param>
public sealed record ValidationEvent(string Source, string Target, string Code)
{
    /// <summary>The text form of a coded event.</summary>
    public static ValidationEvent From(CodedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Source.Value, e.Target.Value, e.Code);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Source}->{Target}:{Code}";
}
