using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Swarm.Running;

/// <summary>
/// One worker's part of a run split over <see cref="Count"/> processes. Every whole number the plan asks for (a closed
/// target, the arrivals so far, the session cap) is dealt round-robin: worker <see cref="Index"/> gets the items whose
/// number modulo <see cref="Count"/> is its index, so the workers' shares always add up exactly to the whole, and the
/// k-th customer of a worker is customer <c>Index + Count·k</c> of the run (unique client ids, the same weighted script
/// mix as one process, since scripts are picked from the customer's run-wide index).
/// </summary>
/// <param name="Index">The worker's index, 0 to <paramref name="Count"/> - 1.</param>
/// <param name="Count">How many workers share the run (1 for a one-process run).</param>
public sealed record WorkerShare(int Index, int Count) : IValidatableOptions
{
    /// <summary>The whole run in one process.</summary>
    public static WorkerShare Whole { get; } = new(0, 1);

    /// <summary>True for a one-process run.</summary>
    public bool IsWhole => Count == 1;

    /// <summary>This worker's part of <paramref name="total"/> items: how many of 0..total-1 are congruent to <see cref="Index"/>.</summary>
    /// <param name="total">A whole, not negative.</param>
    /// <returns>The share; the shares of all workers add up to <paramref name="total"/>.</returns>
    public long Of(long total) => total <= 0 ? 0 : (total + Count - 1 - Index) / Count;

    /// <summary>The run-wide index of this worker's <paramref name="localIndex"/>-th customer.</summary>
    /// <param name="localIndex">0 for the worker's first customer.</param>
    /// <returns>The index every worker's customers are numbered in.</returns>
    public int CustomerIndex(long localIndex) => checked((int)(Index + (Count * localIndex)));

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; checked as part of <see cref="SwarmRunOptions"/>.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (Count < 1) yield return $"Count: expected at least 1 worker, got {Count}";
        else if (Index < 0 || Index >= Count) yield return $"Index: expected a worker index from 0 to {Count - 1}, got {Index}";
    }
}
