using ChatSwarm.Client;

namespace ChatSwarm.Simulator.Faults;

/// <summary>One fault: with <see cref="Probability"/>, requests to <see cref="Method"/> (all methods when null) suffer <see cref="Kind"/>.</summary>
/// <param name="Method">The method the rule applies to; null means every method.</param>
/// <param name="Kind">What happens to a hit request.</param>
/// <param name="Probability">Chance per request, 0–1.</param>
/// <param name="Latency">Added delay for <see cref="FaultKind.Latency"/>; ignored otherwise.</param>
public sealed record FaultRule(ApiMethod? Method, FaultKind Kind, double Probability, TimeSpan Latency = default)
{
    /// <summary>Stable name of a fault kind used in stats and YAML: "5000", "5001", "5004", "5500", "503", "429", "drop", "latency".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string NameOf(FaultKind kind) => kind switch
    {
        FaultKind.Error5000 => "5000",
        FaultKind.Error5001 => "5001",
        FaultKind.Error5004 => "5004",
        FaultKind.Error5500 => "5500",
        FaultKind.Http503 => "503",
        FaultKind.Http429 => "429",
        FaultKind.Drop => "drop",
        _ => "latency",
    };
}
