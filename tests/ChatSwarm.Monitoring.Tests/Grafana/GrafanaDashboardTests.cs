using System.Text.Json;
using System.Text.RegularExpressions;
using ChatSwarm.Monitoring.Tests.Support;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Monitoring.Tests.Grafana;

/// <summary>deploy/grafana's dashboard only queries what /metrics serves, in PromQL that Prometheus accepts.</summary>
public sealed partial class GrafanaDashboardTests
{
    [Fact]
    public async Task Dashboard_EveryQuery_NamesServedMetricsAndRunsInPrometheus()
    {
        var queries = Queries(RepoFiles.Find("deploy/grafana/chatswarm-dashboard.json"));
        Assert.True(queries.Count >= 10, "the dashboard should have its panels' queries");

        var options = new MonitoringOptions { MetricsListen = new ListenAddress("127.0.0.1", 0), Thresholds = [Threshold.Parse("zero(5509)")] };
        await using var run = await MonitoredRun.StartAsync(options, TimeSpan.FromSeconds(8));
        await using var prometheus = await PrometheusServer.StartAsync(run.Monitor.MetricsUrl!);
        using var http = new HttpClient();
        var served = await Eventually.ValueAsync(
            () => http.GetStringAsync(run.Monitor.MetricsUrl),
            text => text.Contains("chatswarm_requests_total{step=\"get_new_chat_events\"}", StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "poll requests in /metrics");
        var families = Families(served);

        foreach (var query in queries)
        {
            foreach (Match name in MetricName().Matches(query))
            {
                var family = Regex.Replace(name.Value, "_(bucket|sum|count)$", "");
                Assert.True(
                    families.Contains(name.Value) || (families.Contains(family) && served.Contains($"# TYPE {family} histogram", StringComparison.Ordinal)),
                    $"'{name.Value}' in query '{query}' is not served by /metrics");
            }
        }

        await Eventually.ValueAsync(() => prometheus.QueryAsync("chatswarm_sessions_active"), v => v is not null, TimeSpan.FromSeconds(30), "a scrape");
        foreach (var query in queries)
        {
            // QueryAsync asserts status "success": the expression parses and evaluates.
            await prometheus.QueryAsync(query.Replace("$__rate_interval", "5s", StringComparison.Ordinal).Replace("$worker", ".*", StringComparison.Ordinal));
        }

        // And the requests-per-second panel shows data once Prometheus has two scrapes in the window.
        var rate = queries.First(q => q.Contains("rate(chatswarm_requests_total", StringComparison.Ordinal))
            .Replace("$__rate_interval", "10s", StringComparison.Ordinal).Replace("$worker", ".*", StringComparison.Ordinal);
        await Eventually.ValueAsync(() => prometheus.QueryAsync(rate), v => v > 0, TimeSpan.FromSeconds(30), "requests per second in Prometheus");
    }

    private static List<string> Queries(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var queries = new List<string>();
        foreach (var panel in json.RootElement.GetProperty("panels").EnumerateArray())
        {
            foreach (var target in panel.GetProperty("targets").EnumerateArray())
            {
                queries.Add(target.GetProperty("expr").GetString()!);
            }
        }

        return queries;
    }

    private static HashSet<string> Families(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                names.Add(line.Split(' ')[2]);
            }
            else if (line.Length > 0 && line[0] != '#')
            {
                names.Add(line[..line.IndexOfAny(['{', ' '])]);
            }
        }

        return names;
    }

    [GeneratedRegex("chatswarm_[a-z0-9_]+")]
    private static partial Regex MetricName();
}
