using ChatSwarm.Client;
using ChatSwarm.Reports.Histograms;

namespace ChatSwarm.Swarm.Metrics;

/// <summary>Totals of one API method (step) at the moment of a snapshot.</summary>
/// <param name="Name">The step name, e.g. "request_chat".</param>
/// <param name="Method">The API method.</param>
/// <param name="Ok">Successful calls (5511 "no events" answers count as successful polls).</param>
/// <param name="Fail">Failed calls.</param>
/// <param name="BytesIn">Bytes received.</param>
/// <param name="BytesOut">Bytes sent.</param>
/// <param name="Latency">Latency of every call, ok or failed.</param>
public sealed record StepSnapshot(string Name, ApiMethod Method, long Ok, long Fail, long BytesIn, long BytesOut, HistogramSnapshot Latency)
{
    /// <summary>All calls, ok and failed.</summary>
    public long Calls => Ok + Fail;
}
