namespace ChatSwarm.Swarm.Running;

/// <summary>
/// Turns expected arrivals per control step (a rate times a step, usually fractional) into whole customers to start.
/// Uniform carries fractions over so long runs start exactly the expected number; Poisson draws the count.
/// </summary>
internal sealed class ArrivalScheduler
{
    private readonly ArrivalProcess _process;
    private readonly Random _random;
    private double _carry;

    public ArrivalScheduler(ArrivalProcess process, Random random)
    {
        _process = process;
        _random = random;
    }

    /// <summary>How many customers to start for <paramref name="expected"/> arrivals (not negative).</summary>
    public int Next(double expected)
    {
        if (!(expected > 0))
        {
            return 0;
        }

        if (_process == ArrivalProcess.Poisson)
        {
            return SamplePoisson(expected);
        }

        _carry += expected;

        // The epsilon absorbs floating-point drift, so e.g. 100 steps of 0.37 start exactly 37 customers.
        var whole = (int)Math.Floor(_carry + 1e-9);
        _carry -= whole;
        return whole;
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
