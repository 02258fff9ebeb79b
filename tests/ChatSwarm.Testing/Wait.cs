using System.Diagnostics;

namespace ChatSwarm.Testing;

/// <summary>Awaits a condition with a deadline instead of sleeping a fixed time: checks it every few milliseconds, fails the test when time runs out.</summary>
public static class Wait
{
    /// <summary>How long <see cref="UntilAsync"/> waits unless told otherwise.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Returns once <paramref name="condition"/> holds; fails the test when it does not within <paramref name="timeout"/>.</summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="timeout">The deadline; default <see cref="DefaultTimeout"/>.</param>
    /// <param name="what">What the condition means, for the failure message.</param>
    /// <returns>A task that completes when the condition holds.</returns>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan? timeout = null, string what = "the condition")
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? DefaultTimeout;
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < limit, $"{what} not met within {limit.TotalSeconds:0.#} s");
            await Task.Delay(10);
        }
    }
}
