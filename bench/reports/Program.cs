using System.Diagnostics;
using System.Globalization;
using System.Text;
using ChatSwarm.Reports.Histograms;
using ChatSwarm.Reports.Merging;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Serialization;
using ChatSwarm.Reports.Tests.TestData;
using ChatSwarm.Reports.Writing;

// Prints one table: what was measured, the median time over several runs, and the resulting size or rate.
var rows = new List<(string Name, string Time, string Result)>();
var inv = CultureInfo.InvariantCulture;

// Hot path: Record from one thread and from every core at once.
const int perThread = 20_000_000;
foreach (int threads in new[] { 1, Environment.ProcessorCount })
{
    var histogram = new LatencyHistogram();
    var elapsed = Median(3, () =>
    {
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
        {
            long v = 1 + t;
            for (int i = 0; i < perThread; i++)
            {
                histogram.RecordMicroseconds(v);
                v = (v * 7 + 13) % 5_000_000;
            }
        });
    });
    double ns = elapsed.TotalMilliseconds * 1e6 / perThread;
    rows.Add(($"LatencyHistogram.Record, {threads} thread(s)", $"{ns.ToString("0.0", inv)} ns/op", $"{(threads * perThread / elapsed.TotalSeconds / 1e6).ToString("0.0", inv)} M records/s total"));
}

var full = new LatencyHistogram();
var random = new Random(1);
for (int i = 0; i < 1_000_000; i++)
{
    full.RecordMicroseconds((long)Math.Exp(random.NextDouble() * 20));
}

var snapshot = full.Snapshot();
rows.Add(("Snapshot (1M values)", Ms(Median(20, () => full.Snapshot())), $"{LatencyHistogram.BucketCount} buckets, {LatencyHistogram.BucketCount * 8 / 1024} KB"));
rows.Add(("Merge two snapshots", Ms(Median(20, () => snapshot.Merge(snapshot))), "exact"));
rows.Add(("p50/p95/p99/p99.9 from snapshot", Ms(Median(20, () => LatencyStats.From(snapshot))), ""));
var data = snapshot.ToData();
rows.Add(("ToData + FromData (sparse form)", Ms(Median(20, () => HistogramSnapshot.FromData(snapshot.ToData()))), $"{snapshot.Buckets().Count()} non-empty buckets, {data.Buckets.Length} base64 chars"));

// Reports of a 1-hour, 10,000-session run.
var buildWatch = Stopwatch.StartNew();
var report = LongRunReport.Build(sessions: 10_000, seconds: 3_600);
rows.Add(("Build 1 h / 10k-session report (test data)", Ms(buildWatch.Elapsed), $"{report.Timeline.Count} timeline samples"));
var options = ReportWriterOptions.Default;
foreach (var renderer in ReportRenderers.All)
{
    string output = "";
    var t = Median(5, () => output = renderer.Render(report, options));
    rows.Add(($"Render {renderer.FileName} (1 h, 10k sessions)", Ms(t), Size(Encoding.UTF8.GetByteCount(output))));
}

string json = ReportJson.Serialize(report);
rows.Add(("Parse report.json (1 h, 10k sessions)", Ms(Median(5, () => ReportJson.Parse(json))), Size(Encoding.UTF8.GetByteCount(json))));
var shards = Enumerable.Range(0, 4).Select(i => LongRunReport.Build(2_500, 3_600, seed: i + 1)).ToList();
rows.Add(("Merge 4 shards (1 h each)", Ms(Median(5, () => ReportMerger.Merge(shards))), "exact histograms"));

string dir = Path.Combine(Path.GetTempPath(), "chatswarm-bench-reports");
var write = Median(3, () => ReportWriter.WriteAllAsync(report, dir, options, CancellationToken.None).GetAwaiter().GetResult());
rows.Add(("WriteAllAsync, all five files", Ms(write), Size(Directory.GetFiles(dir).Sum(f => new FileInfo(f).Length))));
Directory.Delete(dir, recursive: true);

int w0 = rows.Max(r => r.Name.Length), w1 = Math.Max(6, rows.Max(r => r.Time.Length)), w2 = Math.Max(6, rows.Max(r => r.Result.Length));
Console.WriteLine($"ChatSwarm.Reports benchmarks ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
Console.WriteLine($"| {"Benchmark".PadRight(w0)} | {"Median".PadLeft(w1)} | {"Result".PadRight(w2)} |");
Console.WriteLine($"|{new string('-', w0 + 2)}|{new string('-', w1 + 1)}:|{new string('-', w2 + 2)}|");
foreach (var (name, time, result) in rows)
{
    Console.WriteLine($"| {name.PadRight(w0)} | {time.PadLeft(w1)} | {result.PadRight(w2)} |");
}

static TimeSpan Median(int runs, Action action)
{
    action();
    var times = new List<TimeSpan>(runs);
    for (int i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        action();
        times.Add(watch.Elapsed);
    }

    times.Sort();
    return times[runs / 2];
}

static string Ms(TimeSpan t) => t.TotalMilliseconds >= 10
    ? t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms"
    : t.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture) + " ms";

static string Size(long bytes) => bytes >= 1024 * 1024
    ? (bytes / 1024.0 / 1024).ToString("0.00", CultureInfo.InvariantCulture) + " MB"
    : (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";
