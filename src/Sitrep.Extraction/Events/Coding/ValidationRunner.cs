using System.Collections.Immutable;
using Sitrep.Text.Syntax;

namespace Sitrep.Extraction.Events.Coding;

/// <summary>Codes validation records with their supplied parse and compares the result with the gold (issue 3 point 6).</summary>
public static class ValidationRunner
{
    /// <summary>Codes one record with its supplied parse; the record's <c>require_dyad</c> picks the options.</summary>
    /// <exception cref="ArgumentNullException">On a null argument.</exception>
    public static ValidationOutcome Run(CodingDictionaries dictionaries, ValidationRecord record)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Parse is null)
        {
            return new ValidationOutcome(record, [], "the record has no parse.");
        }

        if (!PennTreeReader.TryParse(record.Parse, out var tree, out var error))
        {
            return new ValidationOutcome(record, [], error);
        }

        var coder = new TreeEventCoder(dictionaries, new CoderOptions(record.RequireDyad));
        return new ValidationOutcome(record, [.. coder.Code(tree!, record.Date).Select(ValidationEvent.From)], null);
    }

    /// <summary>Codes one record from its raw text with our own syntax (issue 3 point 5); the supplied parse is not read.</summary>
    /// <exception cref="ArgumentNullException">On a null argument.</exception>
    public static ValidationOutcome RunRaw(RawTextCoder coder, ValidationRecord record)
    {
        ArgumentNullException.ThrowIfNull(coder);
        ArgumentNullException.ThrowIfNull(record);
        return new ValidationOutcome(record, [.. coder.Code(record.Text, record.Date, new CoderOptions(record.RequireDyad)).Select(ValidationEvent.From)], null);
    }

    /// <summary>Codes every record from its raw text.</summary>
    public static ImmutableArray<ValidationOutcome> RunAllRaw(RawTextCoder coder, IEnumerable<ValidationRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return [.. records.Select(r => RunRaw(coder, r))];
    }

    /// <summary>Codes every record.</summary>
    public static ImmutableArray<ValidationOutcome> RunAll(CodingDictionaries dictionaries, IEnumerable<ValidationRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return [.. records.Select(r => Run(dictionaries, r))];
    }
}
