namespace ChatSwarm.Swarm.Profiles;

/// <summary>
/// The phases of a profile laid out on a time line: what load is wanted at any elapsed time of the run.
/// Pure and immutable, so the runner can ask it on every tick and tests can ask it for any instant.
/// </summary>
public sealed class LoadPlan
{
    private readonly TimeSpan[] _starts;

    private LoadPlan(IReadOnlyList<LoadPhase> phases, int? maxSessions)
    {
        Phases = phases;
        MaxSessions = maxSessions;
        _starts = new TimeSpan[phases.Count];
        var at = TimeSpan.Zero;
        for (int i = 0; i < phases.Count; i++)
        {
            _starts[i] = at;
            at += phases[i].Duration;
        }

        TotalDuration = at;
    }

    /// <summary>The phases in run order.</summary>
    public IReadOnlyList<LoadPhase> Phases { get; }

    /// <summary>Cap on the total sessions started; null for none.</summary>
    public int? MaxSessions { get; }

    /// <summary>Sum of all phase durations.</summary>
    public TimeSpan TotalDuration { get; }

    /// <summary>Lays out the phases of <paramref name="profile"/>.</summary>
    /// <param name="profile">A validated profile with at least one phase.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">The profile has no phases or a phase without a positive duration.</exception>
    public static LoadPlan Create(LoadProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Phases is null || profile.Phases.Count == 0)
        {
            throw new ArgumentException($"{profile.SourcePath}: profile has no phases; expected at least one", nameof(profile));
        }

        for (int i = 0; i < profile.Phases.Count; i++)
        {
            if (profile.Phases[i].Duration <= TimeSpan.Zero)
            {
                throw new ArgumentException($"{profile.SourcePath}: phases[{i}] duration must be positive", nameof(profile));
            }
        }

        return new LoadPlan(profile.Phases, profile.MaxSessions);
    }

    /// <summary>When phase <paramref name="index"/> starts, relative to the run start.</summary>
    /// <param name="index">Phase index.</param>
    /// <returns>The start offset.</returns>
    public TimeSpan PhaseStart(int index) => _starts[index];

    /// <summary>The load wanted <paramref name="elapsed"/> after the run started (negative counts as zero).</summary>
    /// <param name="elapsed">Time since the run started.</param>
    /// <returns>The phase and its target concurrency or arrival rate at that instant.</returns>
    public LoadPoint At(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        if (elapsed >= TotalDuration)
        {
            int last = Phases.Count - 1;
            return new LoadPoint(last, Phases[last], null, null, IsFinished: true);
        }

        int index = IndexAt(elapsed);
        var phase = Phases[index];
        double fraction = (elapsed - _starts[index]) / phase.Duration;
        return phase switch
        {
            RampPhase r => new LoadPoint(index, phase, (int)Math.Round(r.From + ((r.To - r.From) * fraction), MidpointRounding.AwayFromZero), null, false),
            ConstantPhase c => new LoadPoint(index, phase, c.Sessions, null, false),
            ArrivalPhase a => new LoadPoint(index, phase, null, a.RatePerSecond, false),
            RampArrivalPhase ra => new LoadPoint(index, phase, null, ra.FromRate + ((ra.ToRate - ra.FromRate) * fraction), false),
            _ => new LoadPoint(index, phase, null, 0, false),
        };
    }

    /// <summary>
    /// How many sessions the open-model phases start between <paramref name="from"/> and <paramref name="to"/> (the integral of
    /// the arrival rate; closed-model phases contribute nothing). A runner that starts floor(ExpectedArrivals(0, now)) sessions
    /// in total never drifts, however irregular its ticks.
    /// </summary>
    /// <param name="from">Start of the window since run start.</param>
    /// <param name="to">End of the window since run start.</param>
    /// <returns>The expected number of arrivals, fractional.</returns>
    public double ExpectedArrivals(TimeSpan from, TimeSpan to)
    {
        if (to <= from)
        {
            return 0;
        }

        double total = 0;
        for (int i = 0; i < Phases.Count; i++)
        {
            var start = _starts[i];
            var end = start + Phases[i].Duration;
            var a = from > start ? from : start;
            var b = to < end ? to : end;
            if (b <= a)
            {
                continue;
            }

            double seconds = (b - a).TotalSeconds;
            switch (Phases[i])
            {
                case ArrivalPhase arrival:
                    total += arrival.RatePerSecond * seconds;
                    break;
                case RampArrivalPhase ramp:
                    double d = Phases[i].Duration.TotalSeconds;
                    double rateA = ramp.FromRate + ((ramp.ToRate - ramp.FromRate) * (a - start).TotalSeconds / d);
                    double rateB = ramp.FromRate + ((ramp.ToRate - ramp.FromRate) * (b - start).TotalSeconds / d);
                    total += (rateA + rateB) / 2 * seconds;
                    break;
            }
        }

        return total;
    }

    /// <summary>The largest closed-model session count of any phase, or 0 when every phase is open-model.</summary>
    public int PeakConcurrent => Phases.Max(p => p switch
    {
        RampPhase r => Math.Max(r.From, r.To),
        ConstantPhase c => c.Sessions,
        _ => 0,
    });

    private int IndexAt(TimeSpan elapsed)
    {
        int index = Array.BinarySearch(_starts, elapsed);
        return index >= 0 ? index : (~index) - 1;
    }
}
