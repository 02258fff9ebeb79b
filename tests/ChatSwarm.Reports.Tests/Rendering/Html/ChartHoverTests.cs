using System.Text;
using ChatSwarm.Reports.Rendering.Html;

namespace ChatSwarm.Reports.Tests.Rendering.Html;

public sealed class ChartHoverTests
{
    [Fact]
    public void Line_ThreePoints_OneHoverBandPerPointWithEverySeriesValue()
    {
        var sb = new StringBuilder();

        SvgChart.Line(sb, "c", "Latency", "ms", [1, 2, 3], [new ChartSeries("p50 <x>", "#111", [1.234, 2, 3]), new ChartSeries("p95", "#222", [10, 20, 30])]);

        string svg = sb.ToString();
        Assert.Equal(3, svg.Split("<rect class=\"hover\"").Length - 1);
        Assert.Contains("<title>t = 1.0s&#10;p50 &lt;x&gt;: 1.23 ms&#10;p95: 10 ms</title>", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
    }
}
