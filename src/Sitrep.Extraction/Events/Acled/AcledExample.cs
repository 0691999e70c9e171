using Sitrep.Core.Model;

namespace Sitrep.Extraction.Events.Acled;

/// <summary>One training example for <see cref="AcledTrainer"/>: an event's features, its gold label and a weight.</summary>
/// <param name="Features">The event's features (<see cref="AcledFeatures"/>).</param>
/// <param name="Label">The gold label.</param>
/// <param name="Weight">How much it counts (an event of a snippet with n events counts 1/n).</param>
/// <param name="Group">The record it came from, so that cross-validation keeps a record's events together.</param>
public sealed record AcledExample(IReadOnlyList<(string Name, double Value)> Features, CaseLabel Label, double Weight, string Group);
