using System.Collections.Immutable;
using Sitrep.Core.Model;

namespace Sitrep.Text.Cleaning;

/// <summary>What <see cref="PlainTextCleaner.Clean"/> found.</summary>
/// <param name="Zones">Zones, ordered by start.</param>
/// <param name="Date">The date header's date text and span, if any.</param>
/// <param name="LongDate">A long-form date line's date (<c>Saturday, January 5, 2019</c>), if any.</param>
/// <param name="Dateline">The dateline place, if any.</param>
/// <param name="Headings">Headings as written.</param>
/// <param name="Credits">People in the credits line.</param>
public sealed record CleanResult(
    ImmutableArray<Zone> Zones,
    (string Text, TextSpan Span)? Date,
    DateOnly? LongDate,
    string? Dateline,
    ImmutableArray<string> Headings,
    Credits Credits);
