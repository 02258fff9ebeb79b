using System.Globalization;
using System.Net;
using System.Text;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Rendering.Html;

namespace ChatSwarm.Reports.Comparing;

/// <summary>Renders a <see cref="RunComparison"/> as console text, Markdown (compare.md) and HTML (compare.html).</summary>
internal static class ComparisonRenderer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] Headers = ["Subject", "Metric", "Base", "New", "Change", "Verdict"];

    public static string Text(RunComparison c)
    {
        var sb = new StringBuilder();
        sb.Append("Comparing ").Append(c.NewRunId).Append(" (new) against ").Append(c.BaseRunId).Append(" (base), limit ")
            .Append(Limit(c)).Append('\n');
        Table(c).WriteText(sb);
        sb.Append(Summary(c)).Append('\n');
        return sb.ToString();
    }

    public static string Markdown(RunComparison c)
    {
        var sb = new StringBuilder();
        sb.Append("# ChatSwarm comparison\n\n");
        sb.Append("New run `").Append(Code(c.NewRunId)).Append("` (").Append(Inline(c.NewProfile)).Append(") against base run `")
            .Append(Code(c.BaseRunId)).Append("` (").Append(Inline(c.BaseProfile)).Append("), tolerated worsening ").Append(Limit(c)).Append(".\n\n");
        sb.Append("**").Append(Summary(c)).Append("**\n\n");
        Table(c).WriteMarkdown(sb);
        return sb.ToString();
    }

    public static string Html(RunComparison c)
    {
        var sb = new StringBuilder(64 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>ChatSwarm comparison – ").Append(H(c.NewRunId)).Append("</title>")
            .Append("<style>").Append(HtmlAssets.Css).Append("</style></head><body>\n");
        sb.Append("<header><h1>ChatSwarm comparison</h1><div class=\"sub\">new ").Append(H(c.NewRunId)).Append(" (").Append(H(c.NewProfile))
            .Append(") against base ").Append(H(c.BaseRunId)).Append(" (").Append(H(c.BaseProfile)).Append(") · tolerated worsening ")
            .Append(H(Limit(c))).Append("</div></header>\n<main>\n");
        sb.Append("<section id=\"verdict\"><h2>Verdict</h2><p><span class=\"pill ").Append(c.HasRegression ? "bad" : "ok").Append("\">")
            .Append(H(Summary(c))).Append("</span></p></section>\n");
        sb.Append("<section id=\"lines\"><h2>Lines</h2><div class=\"scroll\"><table><thead><tr>");
        foreach (var h in Headers)
        {
            sb.Append(h is "Subject" or "Metric" or "Verdict" ? "<th class=\"text\">" : "<th>").Append(H(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var line in c.Lines)
        {
            sb.Append("<tr class=\"").Append(line.Verdict.ToString().ToLowerInvariant()).Append("\"><td class=\"text\">").Append(H(line.Subject))
                .Append("</td><td class=\"text\">").Append(H(line.Metric)).Append("</td><td>").Append(H(Value(line.Kind, line.Base)))
                .Append("</td><td>").Append(H(Value(line.Kind, line.New))).Append("</td><td>").Append(H(Change(line)))
                .Append("</td><td class=\"text\">");
            string label = Label(line.Verdict);
            sb.Append(line.Verdict switch
            {
                Verdict.Regressed => "<span class=\"pill bad\">" + H(label) + "</span>",
                Verdict.Improved => "<span class=\"pill ok\">" + H(label) + "</span>",
                _ => H(label),
            });
            sb.Append("</td></tr>");
        }

        sb.Append("</tbody></table></div></section>\n</main>\n</body></html>\n");
        return sb.ToString();
    }

    /// <summary>The one-line outcome, e.g. "2 regressions beyond 10%" or "no regression beyond 10%".</summary>
    public static string Summary(RunComparison c)
    {
        int regressions = c.Regressions.Count;
        int improved = c.Lines.Count(l => l.Verdict == Verdict.Improved);
        string head = regressions == 0 ? "no regression" : regressions == 1 ? "1 regression" : $"{regressions} regressions";
        return $"{head} beyond {Limit(c)}, {improved} improved, {c.Lines.Count} lines compared";
    }

    private static TextTable Table(RunComparison c)
    {
        var table = new TextTable(Headers).NumbersAfterFirst().LeftAlign(1).LeftAlign(5);
        foreach (var line in c.Lines)
        {
            table.Add(line.Subject, line.Metric, Value(line.Kind, line.Base), Value(line.Kind, line.New), Change(line), Label(line.Verdict));
        }

        return table;
    }

    private static string Limit(RunComparison c) => c.MaxRegressionPercent.ToString("0.##", Inv) + "%";

    internal static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Unchanged => "ok",
        Verdict.Improved => "improved",
        Verdict.Regressed => "REGRESSED",
        Verdict.Added => "new run only",
        Verdict.Removed => "base run only",
        _ => "no data",
    };

    internal static string Value(MetricKind kind, double? value) => value is not { } v ? "–" : kind switch
    {
        MetricKind.LatencyMs => Format.Ms(v) + " ms",
        MetricKind.Throughput => Format.Rate(v) + "/s",
        _ => Format.Percent(v),
    };

    internal static string Change(ComparisonLine line)
    {
        if (line.Base is not { } b || line.New is not { } n || line.WorsePercent is not { } worse)
        {
            return "–";
        }

        if (line.Kind is MetricKind.LatencyMs or MetricKind.Throughput)
        {
            return b == 0 ? (n == 0 ? "0%" : "from 0") : Signed((n - b) / b * 100, "0.0") + "%";
        }

        string points = Signed((n - b) * 100, "0.00") + " pp";
        return double.IsInfinity(worse) ? points + " (from 0)" : points;
    }

    private static string Signed(double value, string format) => (value > 0 ? "+" : "") + value.ToString(format, Inv);

    private static string H(string value) => WebUtility.HtmlEncode(value);

    private static string Code(string value) => value.Replace("`", "'", StringComparison.Ordinal);

    private static string Inline(string value) => value.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace('\n', ' ');
}
