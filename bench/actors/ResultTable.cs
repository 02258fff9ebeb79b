namespace ChatSwarm.Bench.Actors;

/// <summary>Collects results and prints them as a Markdown table (pasted into bench/RESULTS.md).</summary>
internal sealed class ResultTable
{
    private readonly List<string[]> _rows = [];

    public void AddThroughput(string scenario, double channelFloor, double actors) =>
        _rows.Add([scenario, $"{channelFloor:N0} msg/s", $"{actors:N0} msg/s", $"{actors / channelFloor:0.00}x"]);

    public void AddMemory(string scenario, double bytesPerActor) =>
        _rows.Add([scenario, "-", $"{bytesPerActor:N0} bytes/actor", "target <= 500"]);

    public void Print(TextWriter output)
    {
        output.WriteLine($"| Scenario | Raw Channel<T> floor | ChatSwarm.Actors | Ratio |");
        output.WriteLine("|---|---:|---:|---:|");
        foreach (var row in _rows)
        {
            output.WriteLine($"| {string.Join(" | ", row)} |");
        }

        output.WriteLine();
        output.WriteLine($"{Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
    }
}
