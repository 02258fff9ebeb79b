using System.Globalization;
using System.Net;
using System.Text;

namespace ChatSwarm.Reports.Rendering.Html;

/// <summary>One line of a chart; a NaN value is a gap in the line (no data at that time).</summary>
internal sealed record ChartSeries(string Name, string Color, IReadOnlyList<double> Values, bool Fill = false, bool Dashed = false);

/// <summary>Draws inline SVG charts: line charts over time and bar charts over labelled bins.</summary>
internal static class SvgChart
{
    private const int Width = 640;
    private const int Height = 240;
    private const int Left = 56;
    private const int Right = 14;
    private const int Top = 12;
    private const int Bottom = 30;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Line(StringBuilder sb, string id, string title, string yUnit, IReadOnlyList<double> xs, IReadOnlyList<ChartSeries> series)
    {
        Open(sb, id, title, yUnit);
        double xMax = xs.Count == 0 ? 1 : Math.Max(xs[^1], 1e-9);
        double yMax = NiceCeiling(series.Count == 0 ? 0 : series.Max(s => s.Values.Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).Max()));
        Grid(sb, yMax);
        XAxisTime(sb, xMax);
        if (xs.Count == 0 || series.Count == 0)
        {
            NoData(sb);
        }
        else
        {
            foreach (var s in series)
            {
                var path = new StringBuilder();
                bool gap = true;
                for (int i = 0; i < xs.Count; i++)
                {
                    if (double.IsNaN(s.Values[i]))
                    {
                        gap = true;
                        continue;
                    }

                    path.Append(gap ? 'M' : 'L').Append(F(X(xs[i], xMax))).Append(',').Append(F(Y(s.Values[i], yMax)));
                    gap = false;
                }

                if (path.Length == 0)
                {
                    continue;
                }

                if (s.Fill && s.Values.All(v => !double.IsNaN(v)))
                {
                    sb.Append("<path class=\"area\" fill=\"").Append(s.Color).Append("\" d=\"").Append(path)
                        .Append('L').Append(F(X(xs[^1], xMax))).Append(',').Append(F(Y(0, yMax)))
                        .Append('L').Append(F(X(xs[0], xMax))).Append(',').Append(F(Y(0, yMax))).Append("Z\"/>");
                }

                sb.Append("<path class=\"series\" stroke=\"").Append(s.Color).Append(s.Dashed ? "\" stroke-dasharray=\"6 4" : "").Append("\" d=\"").Append(path).Append("\"><title>")
                    .Append(WebUtility.HtmlEncode(s.Name)).Append("</title></path>");
            }

            HoverBands(sb, xs, xMax, series, yUnit);
        }

        Close(sb, series);
    }

    // One transparent band per point: hovering shows every series' value at that time (the browser's native tooltip,
    // so no script and nothing for the Content-Security-Policy to admit) and CSS tints the band.
    private static void HoverBands(StringBuilder sb, IReadOnlyList<double> xs, double xMax, IReadOnlyList<ChartSeries> series, string yUnit)
    {
        double top = Top, height = Height - Bottom - Top;
        for (int i = 0; i < xs.Count; i++)
        {
            double x = X(xs[i], xMax);
            double from = i == 0 ? Left : (X(xs[i - 1], xMax) + x) / 2;
            double to = i == xs.Count - 1 ? Width - Right : (X(xs[i + 1], xMax) + x) / 2;
            sb.Append("<rect class=\"hover\" x=\"").Append(F(from)).Append("\" y=\"").Append(F(top)).Append("\" width=\"").Append(F(Math.Max(0.5, to - from)))
                .Append("\" height=\"").Append(F(height)).Append("\"><title>t = ").Append(WebUtility.HtmlEncode(Format.Duration(xs[i])));
            foreach (var s in series)
            {
                sb.Append("&#10;").Append(WebUtility.HtmlEncode(s.Name)).Append(": ");
                if (double.IsNaN(s.Values[i]))
                {
                    sb.Append("no data");
                    continue;
                }

                sb.Append(WebUtility.HtmlEncode(Format.Number(Math.Round(s.Values[i], 2)))).Append(' ').Append(WebUtility.HtmlEncode(yUnit));
            }

            sb.Append("</title></rect>");
        }
    }

    public static void Bars(StringBuilder sb, string id, string title, IReadOnlyList<string> labels, IReadOnlyList<double> values, string color, string yUnit)
    {
        Open(sb, id, title, yUnit);
        double yMax = NiceCeiling(values.Count == 0 ? 0 : values.Max());
        Grid(sb, yMax);
        if (values.Count == 0 || values.All(v => v == 0))
        {
            NoData(sb);
        }
        else
        {
            double plotW = Width - Left - Right;
            double slot = plotW / values.Count;
            int labelEvery = Math.Max(1, (int)Math.Ceiling(values.Count / 8.0));
            for (int i = 0; i < values.Count; i++)
            {
                double x = Left + (i * slot);
                double y = Y(values[i], yMax);
                sb.Append("<rect class=\"bar\" fill=\"").Append(color).Append("\" x=\"").Append(F(x + 1)).Append("\" y=\"").Append(F(y))
                    .Append("\" width=\"").Append(F(Math.Max(1, slot - 2))).Append("\" height=\"").Append(F(Height - Bottom - y)).Append("\"><title>")
                    .Append(WebUtility.HtmlEncode(labels[i])).Append(": ").Append(Format.Count((long)values[i])).Append("</title></rect>");
                if (i % labelEvery == 0)
                {
                    sb.Append("<text class=\"tick\" x=\"").Append(F(x + (slot / 2))).Append("\" y=\"").Append(Height - Bottom + 16)
                        .Append("\" text-anchor=\"middle\">").Append(WebUtility.HtmlEncode(labels[i])).Append("</text>");
                }
            }
        }

        Close(sb, []);
    }

    private static void Open(StringBuilder sb, string id, string title, string unit)
    {
        sb.Append("<figure class=\"chart\" id=\"").Append(id).Append("\"><figcaption>").Append(WebUtility.HtmlEncode(title))
            .Append(" <span class=\"muted\">(").Append(WebUtility.HtmlEncode(unit)).Append(")</span></figcaption><svg viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height)
            .Append("\" role=\"img\" aria-label=\"").Append(WebUtility.HtmlEncode(title)).Append("\" preserveAspectRatio=\"xMidYMid meet\">");
    }

    private static void Close(StringBuilder sb, IReadOnlyList<ChartSeries> series)
    {
        sb.Append("</svg>");
        if (series.Count > 0)
        {
            sb.Append("<div class=\"legend\">");
            foreach (var s in series)
            {
                sb.Append("<span><i style=\"background:").Append(s.Color).Append("\"></i>").Append(WebUtility.HtmlEncode(s.Name)).Append("</span>");
            }

            sb.Append("</div>");
        }

        sb.Append("</figure>");
    }

    private static void Grid(StringBuilder sb, double yMax)
    {
        for (int i = 0; i <= 4; i++)
        {
            double v = yMax * i / 4;
            double y = Y(v, yMax);
            sb.Append("<line class=\"grid\" x1=\"").Append(Left).Append("\" x2=\"").Append(Width - Right).Append("\" y1=\"").Append(F(y)).Append("\" y2=\"").Append(F(y)).Append("\"/>")
                .Append("<text class=\"tick\" x=\"").Append(Left - 6).Append("\" y=\"").Append(F(y + 4)).Append("\" text-anchor=\"end\">").Append(Short(v)).Append("</text>");
        }

    }

    private static void XAxisTime(StringBuilder sb, double xMax)
    {
        for (int i = 0; i <= 5; i++)
        {
            double t = xMax * i / 5;
            sb.Append("<text class=\"tick\" x=\"").Append(F(X(t, xMax))).Append("\" y=\"").Append(Height - Bottom + 16)
                .Append("\" text-anchor=\"").Append(i == 0 ? "start" : i == 5 ? "end" : "middle").Append("\">").Append(Clock(t)).Append("</text>");
        }
    }

    private static void NoData(StringBuilder sb) =>
        sb.Append("<text class=\"nodata\" x=\"").Append(Width / 2).Append("\" y=\"").Append(Height / 2).Append("\" text-anchor=\"middle\">no data</text>");

    private static double X(double t, double xMax) => Left + (t / xMax * (Width - Left - Right));

    private static double Y(double v, double yMax) => Height - Bottom - (v / yMax * (Height - Top - Bottom));

    private static string F(double v) => v.ToString("0.#", Inv);

    internal static double NiceCeiling(double max)
    {
        if (!(max > 0))
        {
            return 1;
        }

        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (double step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= max)
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    private static string Short(double v) => v switch
    {
        >= 1_000_000 => (v / 1_000_000).ToString("0.#", Inv) + "M",
        >= 10_000 => (v / 1000).ToString("0.#", Inv) + "k",
        >= 10 => v.ToString("0", Inv),
        _ => v.ToString("0.##", Inv),
    };

    private static string Clock(double seconds)
    {
        var t = TimeSpan.FromSeconds(seconds);
        return t.TotalHours >= 1 ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}" : $"{t.Minutes}:{t.Seconds:00}";
    }
}
