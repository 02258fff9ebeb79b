using System.Text.RegularExpressions;
using ChatSwarm.Monitoring.Prometheus;
using ChatSwarm.Monitoring.Tests.Support;

namespace ChatSwarm.Monitoring.Tests.Prometheus;

public sealed partial class MetricCatalogTests
{
    public static TheoryData<string> Names() => [.. MetricCatalog.All.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Name_OpenTelemetryInstrument_ConvertsToThePrometheusName(string name)
    {
        var info = MetricCatalog.All.Single(m => m.Name == name);

        // The OpenTelemetry-to-Prometheus rules: dots become underscores, {annotations} drop, s adds _seconds,
        // /s adds _per_second, unit 1 on a gauge adds _ratio, counters end in _total.
        var unit = AnnotationRegex().Replace(info.Unit, "");
        var suffix = unit switch
        {
            "s" => "_seconds",
            "/s" => "_per_second",
            "1" when info.Kind == MetricKind.Gauge => "_ratio",
            _ => "",
        };
        var expected = info.OtelName.Replace('.', '_') + suffix + (info.Kind == MetricKind.Counter ? "_total" : "");

        Assert.Equal(expected, info.Name);
        Assert.Matches("^[a-z_][a-z0-9_]*$", info.Name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Readme_MetricTable_ListsTheMetricWithItsInstrument(string name)
    {
        var info = MetricCatalog.All.Single(m => m.Name == name);
        var readme = File.ReadAllLines(RepoFiles.Find("README.md"));

        var row = Assert.Single(readme, l => l.StartsWith($"| `{info.Name}` |", StringComparison.Ordinal));
        Assert.Contains($"`{info.OtelName}` ({info.Unit})", row, StringComparison.Ordinal);
        Assert.Contains($"| {info.Kind.ToString().ToLowerInvariant()} |", row, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex AnnotationRegex();
}
