using System.Diagnostics;

namespace ChatSwarm.Bench.Actors;

/// <summary>Runs a throughput scenario several times and keeps the best messages-per-second figure.</summary>
internal static class Measure
{
    public static async Task<double> BestOf(Func<Task<long>> scenario, int passes = 3)
    {
        await scenario(); // warm-up: JIT, tiering, thread-pool ramp-up
        var best = 0.0;
        for (var i = 0; i < passes; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            var messages = await scenario();
            watch.Stop();
            best = Math.Max(best, messages / watch.Elapsed.TotalSeconds);
        }

        return best;
    }
}
