namespace Sitrep.Extraction.Events.Acled;

/// <summary>Settings of <see cref="AcledTrainer"/>.</summary>
public sealed record AcledTrainerOptions
{
    /// <summary>Passes over the examples.</summary>
    public int Epochs { get; init; } = 30;

    /// <summary>AdaGrad's base step.</summary>
    public double LearningRate { get; init; } = 0.2;

    /// <summary>L2 regularisation per step.</summary>
    public double L2 { get; init; } = 3e-3;

    /// <summary>Fewest examples a word or word-pair feature must occur in to be kept.</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>Weights smaller than this are not stored.</summary>
    public double Prune { get; init; } = 1e-3;

    /// <summary>Runs over differently seeded orders whose weights are averaged.</summary>
    public int Orders { get; init; } = 1;

    /// <summary>Seed of the example order.</summary>
    public int Seed { get; init; } = 8;
}
