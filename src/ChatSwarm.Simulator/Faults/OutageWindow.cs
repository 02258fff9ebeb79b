namespace ChatSwarm.Simulator.Faults;

/// <summary>A period, measured from simulator start, during which every Messaging API call fails with 5001.</summary>
/// <param name="Start">Offset from simulator start.</param>
/// <param name="Duration">Length of the outage.</param>
public sealed record OutageWindow(TimeSpan Start, TimeSpan Duration)
{
    /// <summary>Whether an offset from simulator start falls inside the window.</summary>
    /// <param name="sinceStart">Time since simulator start.</param>
    /// <returns>True inside the window.</returns>
    public bool Contains(TimeSpan sinceStart) => sinceStart >= Start && sinceStart < Start + Duration;
}
