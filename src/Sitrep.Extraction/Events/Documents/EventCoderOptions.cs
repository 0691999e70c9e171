namespace Sitrep.Extraction.Events.Documents;

/// <summary>Settings of the document <see cref="EventCoder"/>.</summary>
/// <param name="SubjectWindow">Most words between a trigger and the subject it takes as source.</param>
/// <param name="ObjectWindow">Most words between a pattern's last element and the object it takes as target.</param>
/// <param name="DateWindow">Most words between an event's evidence and a temporal expression that dates it.</param>
public sealed record EventCoderOptions(int SubjectWindow = EventCoderOptions.DefaultSubjectWindow, int ObjectWindow = EventCoderOptions.DefaultObjectWindow, int DateWindow = EventCoderOptions.DefaultDateWindow)
{
    /// <summary>Default <see cref="SubjectWindow"/>.</summary>
    public const int DefaultSubjectWindow = 12;

    /// <summary>Default <see cref="ObjectWindow"/>.</summary>
    public const int DefaultObjectWindow = 5;

    /// <summary>Default <see cref="DateWindow"/>.</summary>
    public const int DefaultDateWindow = 6;

    /// <summary>The defaults.</summary>
    public static EventCoderOptions Default { get; } = new();
}
