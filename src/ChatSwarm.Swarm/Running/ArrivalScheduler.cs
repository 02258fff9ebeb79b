namespace ChatSwarm.Swarm.Running;

/// <summary>
/// Turns expected arrivals per control step (a rate times a step, usually fractional) into whole customers to start.
/// Uniform counts the run's arrivals so far (fractions carried over, so long runs start exactly the expected number) and
/// starts this worker's share of them; Poisson draws this worker's count from its share of the rate (a sum of
/// independent Poisson processes is the Poisson process of the summed rate, so the run's arrivals keep their law).
/// </summary>
internal sealed class ArrivalScheduler
{
    private readonly ArrivalProcess _process;
    private readonly Random _random;
    private readonly WorkerShare _share;
    private double _expected;
    private long _started;

    public ArrivalScheduler(ArrivalProcess process, Random random)
        : this(process, random, WorkerShare.Whole)
    {
    }

    public ArrivalScheduler(ArrivalProcess process, Random random, WorkerShare share)
    {
        _process = process;
        _random = random;
        _share = share;
    }

    /// <summary>How many customers this worker starts for <paramref name="expected"/> arrivals of the whole run (not negative).</summary>
    public int Next(double expected)
    {
        if (!(expected > 0))
        {
            return 0;
        }

        if (_process == ArrivalProcess.Poisson)
        {
            return SamplePoisson(expected / _share.Count);
        }

        _expected += expected;

        // The epsilon absorbs floating-point drift, so e.g. 100 steps of 0.37 start exactly 37 customers.
        var mine = _share.Of((long)Math.Floor(_expected + 1e-9));
        var count = (int)(mine - _started);
        _started = mine;
        return count;
    }

    private int SamplePoisson(double mean)
    {
        if (mean > 30)
        {
            // Normal approximation: Knuth's product method would need mean-many draws and underflows for large means.
            var u1 = 1.0 - _random.NextDouble();
            var u2 = _random.NextDouble();
            var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * normal)));
        }

        var limit = Math.Exp(-mean);
        var product = _random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            count++;
            product *= _random.NextDouble();
        }

        return count;
    }
}
