using ChatSwarm.Client;
using ChatSwarm.Simulator.Stats;

namespace ChatSwarm.Simulator.Faults;

/// <summary>What the fault plan decided for one request.</summary>
/// <param name="Error">The fault to answer with, or null to serve the request.</param>
/// <param name="Latency">Delay to add before serving or failing.</param>
internal readonly record struct FaultDecision(FaultKind? Error, TimeSpan Latency);

/// <summary>Rolls the fault plan's dice for each request, deterministically for the plan's seed and request order.</summary>
internal sealed class FaultInjector
{
    private readonly FaultPlan _plan;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _start;
    private readonly SimulatorCounters _counters;

    public FaultInjector(FaultPlan plan, int seed, TimeProvider time, SimulatorCounters counters)
    {
        _plan = plan;
        _random = new Random(plan.Seed ?? seed);
        _time = time;
        _start = time.GetUtcNow();
        _counters = counters;
    }

    public bool IsEmpty => _plan.Rules.Count == 0 && _plan.Outages.Count == 0;

    public FaultDecision Decide(ApiMethod method)
    {
        if (IsEmpty) return default;
        var sinceStart = _time.GetUtcNow() - _start;
        foreach (var outage in _plan.Outages)
        {
            if (outage.Contains(sinceStart))
            {
                _counters.CountFault(FaultKind.Error5001);
                return new FaultDecision(FaultKind.Error5001, TimeSpan.Zero);
            }
        }

        FaultKind? error = null;
        var latency = TimeSpan.Zero;
        lock (_gate)
        {
            foreach (var rule in _plan.Rules)
            {
                if (rule.Method is { } m && m != method) continue;
                if (error is not null && rule.Kind != FaultKind.Latency) continue;

                // Every matching rule consumes one roll so a plan's outcome doesn't depend on earlier hits.
                var roll = _random.NextDouble();
                if (roll >= rule.Probability) continue;
                if (rule.Kind == FaultKind.Latency)
                {
                    latency += rule.Latency;
                    _counters.CountFault(FaultKind.Latency);
                }
                else
                {
                    error = rule.Kind;
                }
            }
        }

        if (error is { } e) _counters.CountFault(e);
        return new FaultDecision(error, latency);
    }
}
