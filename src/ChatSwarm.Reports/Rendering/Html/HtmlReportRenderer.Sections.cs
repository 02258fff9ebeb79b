using System.Text;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Rendering.Html;

/// <summary>The tabular sections of report.html.</summary>
internal sealed partial class HtmlReportRenderer
{
    private static void RunInfo(StringBuilder sb, RunInfo run)
    {
        SectionOpen(sb, "run-info", "Run");
        sb.Append("<dl class=\"info\">");
        void Row(string k, string v) => sb.Append("<dt>").Append(H(k)).Append("</dt><dd>").Append(H(v)).Append("</dd>");
        Row("Run id", run.Id);
        Row("Profile", run.Profile);
        Row("Target", run.TargetBaseUrl);
        Row("TLS certificates", run.TlsVerification);
        Row("Started", Format.Timestamp(run.StartedAt));
        Row("Duration", Format.Duration(run.DurationS));
        Row("Shards", run.Shards.ToString(Inv));
        Row("Seed", run.Seed?.ToString(Inv) ?? "random");
        Row("Tool version", run.ToolVersion);
        Row("Machine", $"{run.Machine.Os} · {run.Machine.Cores} cores · .NET {run.Machine.DotnetVersion}");
        sb.Append("</dl>");
        SectionClose(sb);
    }

    private static void Profile(StringBuilder sb, ProfileSummary? p)
    {
        SectionOpen(sb, "profile", "Load profile");
        if (p is null)
        {
            Empty(sb, "This report was written before profiles were embedded.");
            SectionClose(sb);
            return;
        }

        sb.Append("<dl class=\"info\">");
        void Row(string k, string v) => sb.Append("<dt>").Append(H(k)).Append("</dt><dd>").Append(H(v)).Append("</dd>");
        Row("Name", p.Name);
        if (p.Description.Length > 0)
        {
            Row("Description", p.Description);
        }

        Row("Planned duration", Format.Duration(p.PlannedDurationS));
        Row("Session cap", p.MaxSessions?.ToString(Inv) ?? "none");
        sb.Append("<dt>Phases</dt><dd><ol>");
        foreach (var phase in p.Phases)
        {
            sb.Append("<li>").Append(H(phase)).Append("</li>");
        }

        sb.Append("</ol></dd><dt>Mix</dt><dd><ul>");
        double total = p.Mix.Sum(m => m.Weight);
        foreach (var m in p.Mix)
        {
            sb.Append("<li>").Append(H(m.Script)).Append(" — weight ").Append(H(Format.Number(m.Weight)))
                .Append(total > 0 ? " (" + H(Format.Percent(m.Weight / total)) + ")" : "").Append("</li>");
        }

        sb.Append("</ul></dd><dt>Thresholds</dt><dd>");
        sb.Append(p.Thresholds.Count == 0 ? "none" : string.Join("<br>", p.Thresholds.Select(t => H(t))));
        sb.Append("</dd></dl>");
        SectionClose(sb);
    }

    private static void Summary(StringBuilder sb, ReportFacts f)
    {
        var r = f.Report;
        SectionOpen(sb, "summary", "Summary");
        sb.Append("<div class=\"cards\">");
        void Card(string label, string value, string tone = "")
        {
            sb.Append("<div class=\"card ").Append(tone).Append("\"><div class=\"label\">").Append(H(label)).Append("</div><div class=\"value\">")
                .Append(H(value)).Append("</div></div>");
        }

        Card("Sessions", Format.Count(r.Sessions.Started));
        Card("Completion rate", Format.Percent(f.CompletionRate), r.Sessions.Started == 0 ? "" : f.CompletionRate >= 0.95 ? "good" : f.CompletionRate >= 0.8 ? "warn" : "bad");
        Card("Requests", Format.Count(f.Requests));
        Card("Requests/s", Format.Rate(f.Rps));
        Card("Error rate", Format.Percent(f.ErrorRate), f.Requests == 0 ? "" : f.ErrorRate <= 0.01 ? "good" : f.ErrorRate <= f.Options.ErrorRateHintThreshold ? "warn" : "bad");
        Card("Peak concurrency", Format.Count(r.Sessions.PeakConcurrent));
        Card("Thresholds", r.Thresholds.Count == 0 ? "none" : $"{f.ThresholdsHeld} / {r.Thresholds.Count}", r.Thresholds.Count == 0 ? "" : f.ThresholdsHeld == r.Thresholds.Count ? "good" : "bad");
        Card("p95 latency", $"{Format.Ms(f.AllLatency.PercentileMicroseconds(95) / 1000)} ms");
        sb.Append("</div>");
        SectionClose(sb);
    }

    private static void Hints(StringBuilder sb, ReportFacts f)
    {
        SectionOpen(sb, "hints", "Hints");
        if (f.Hints.Count == 0)
        {
            Empty(sb, "Nothing stands out: no error pattern or threshold needs attention.");
        }
        else
        {
            sb.Append("<ul class=\"hints\">");
            foreach (var h in f.Hints)
            {
                sb.Append("<li class=\"").Append(h.Severity.ToString().ToLowerInvariant()).Append("\">").Append(H(h.Text)).Append("</li>");
            }

            sb.Append("</ul>");
        }

        SectionClose(sb);
    }

    private static void Funnel(StringBuilder sb, SessionStats s)
    {
        SectionOpen(sb, "funnel", "Session funnel");
        double top = Math.Max(1, s.Started);
        sb.Append("<div class=\"funnel\"><div>");
        foreach (var (label, value) in new[] { ("Started", s.Started), ("Queued", s.Queued), ("Connected", s.Connected), ("Completed", s.Completed) })
        {
            sb.Append("<div class=\"stage\"><span>").Append(label).Append("</span><div><div class=\"bar\" style=\"width:")
                .Append((100.0 * value / top).ToString("0.##", Inv)).Append("%\"></div></div><span class=\"n\">").Append(Format.Count(value))
                .Append(" <span class=\"muted\">").Append(Format.Percent(value / top)).Append("</span></span></div>");
        }

        sb.Append("</div><div class=\"side\">");
        foreach (var (label, value, tone) in new[] { ("Ended by the run", s.EndedByRun, "warn"), ("Lost by the server", s.Lost, "bad"), ("Abandoned at the end", s.Abandoned, "bad"), ("Failed", s.Failed, "bad"), ("Restarted", s.Restarts, "warn"), ("Peak concurrent", s.PeakConcurrent, "") })
        {
            sb.Append("<div class=\"card ").Append(value == 0 ? "" : tone).Append("\"><div class=\"label\">").Append(label)
                .Append("</div><div class=\"value\">").Append(Format.Count(value)).Append("</div></div>");
        }

        sb.Append("</div></div>");
        SectionClose(sb);
    }

    private static void Steps(StringBuilder sb, RunReport r)
    {
        SectionOpen(sb, "steps", "Steps <span class=\"muted\">(latency in ms, click a header to sort)</span>");
        if (r.Steps.Count == 0)
        {
            Empty(sb, "No steps were recorded.");
        }
        else
        {
            Head(sb, "sortable", "Step", "OK", "Failed", "Fail %", "RPS", "Min", "Mean", "p50", "p75", "p95", "p99", "p99.9", "Max", "StdDev", "Data in", "Data out");
            foreach (var s in r.Steps)
            {
                var l = s.LatencyMs;
                long total = s.Ok + s.Fail;
                sb.Append("<tr>");
                Text(sb, s.Name);
                Num(sb, s.Ok, Format.Count(s.Ok));
                Num(sb, s.Fail, Format.Count(s.Fail));
                double share = total == 0 ? 0 : (double)s.Fail / total;
                Num(sb, share, Format.Percent(share));
                Num(sb, s.Rps, Format.Rate(s.Rps));
                foreach (double v in new[] { l.Min, l.Mean, l.P50, l.P75, l.P95, l.P99, l.P999, l.Max, l.StdDev })
                {
                    Num(sb, v, Format.Ms(v));
                }

                Num(sb, s.BytesIn, Format.Bytes(s.BytesIn));
                Num(sb, s.BytesOut, Format.Bytes(s.BytesOut));
                sb.Append("</tr>");
            }

            TableClose(sb);
        }

        SectionClose(sb);
    }

    private static void LatencyRanges(StringBuilder sb, ReportFacts f)
    {
        SectionOpen(sb, "latency-ranges", "Latency ranges");

        // Histograms hold failed calls too, so the three ranges cover every call and "failed" is a subset of them.
        double all = Math.Max(1, f.AllLatency.Count);
        var ranges = new[] { (f.FastLabel, f.Fast, "r-fast"), (f.ModerateLabel, f.Moderate, "r-mid"), (f.SlowLabel, f.Slow, "r-slow") };
        sb.Append("<div class=\"ranges\">");
        foreach (var (label, count, css) in ranges)
        {
            sb.Append("<div class=\"").Append(css).Append("\" style=\"width:").Append((100 * count / all).ToString("0.##", Inv)).Append("%\" title=\"")
                .Append(H(label)).Append("\"></div>");
        }

        sb.Append("</div>");
        if (f.Options.LongPollSteps.Count > 0)
        {
            sb.Append("<p class=\"muted\">Long polls (").Append(H(string.Join(", ", f.Options.LongPollSteps)))
                .Append(") are held open by the server and are left out of these ranges and the latency distribution.</p>");
        }

        Head(sb, "", "Range", "Requests", "Share");
        foreach (var (label, count, css) in ranges.Append(("of which failed", f.TimedFailed, "r-fail")))
        {
            sb.Append("<tr><td><span class=\"swatch ").Append(css).Append("\"></span>").Append(H(label)).Append("</td>");
            Num(sb, count, Format.Count(count));
            Num(sb, count / all, Format.Percent(count / all));
            sb.Append("</tr>");
        }

        TableClose(sb);
        SectionClose(sb);
    }

    private static void Errors(StringBuilder sb, ReportFacts f)
    {
        var r = f.Report;
        SectionOpen(sb, "errors", "Errors by code");
        if (r.Errors.Count == 0)
        {
            Empty(sb, "No errors.");
        }
        else
        {
            long total = Math.Max(1, r.Errors.Sum(e => e.Count));
            Head(sb, "sortable", "Code", "~Name", "~Step", "~Message", "Count", "Share");
            foreach (var e in r.Errors.OrderByDescending(e => e.Count))
            {
                sb.Append("<tr>");
                Num(sb, e.Code, e.Code.ToString(Inv));
                Text(sb, e.Name);
                Text(sb, e.Step);
                Text(sb, e.Message);
                Num(sb, e.Count, Format.Count(e.Count));
                Num(sb, (double)e.Count / total, Format.Percent((double)e.Count / total));
                sb.Append("</tr>");
            }

            TableClose(sb);
        }

        sb.Append("<p class=\"muted\">Polls: ").Append(Format.Count(r.Polls.Count)).Append(", mean hold ").Append(Format.Ms(r.Polls.MeanHoldMs))
            .Append(" ms, concurrent poll errors (5509): ").Append(Format.Count(r.Polls.ConcurrentPollErrors)).Append("</p>");
        SectionClose(sb);
    }

    private static void Chat(StringBuilder sb, RunReport r)
    {
        SectionOpen(sb, "chat", "Chat experience <span class=\"muted\">(ms)</span>");
        Head(sb, "", "Measure", "Count", "Min", "Mean", "p50", "p75", "p95", "p99", "p99.9", "Max");
        foreach (var (name, l) in new[] { ("Queue wait", r.Chat.QueueWaitMs), ("First agent message", r.Chat.FirstAgentMessageMs), ("Reply round trip", r.Chat.ReplyRttMs) })
        {
            sb.Append("<tr><td>").Append(name).Append("</td>");
            Num(sb, l.Count, Format.Count(l.Count));
            foreach (double v in new[] { l.Min, l.Mean, l.P50, l.P75, l.P95, l.P99, l.P999, l.Max })
            {
                Num(sb, v, Format.Ms(v));
            }

            sb.Append("</tr>");
        }

        TableClose(sb);
        SectionClose(sb);
    }

    private static void Bots(StringBuilder sb, RunReport r)
    {
        SectionOpen(sb, "bots", "Bots");
        if (r.Bots.Count == 0)
        {
            Empty(sb, "No bot scripts ran.");
        }
        else
        {
            Head(sb, "sortable", "Script", "Conversations", "Completed", "Forms", "Secure forms", "Files sent", "Files received", "Checks met", "Checks failed", "Checks passed");
            foreach (var b in r.Bots)
            {
                sb.Append("<tr>");
                Text(sb, b.Script);
                foreach (long v in new[] { b.Conversations, b.Completed, b.FormsAnswered, b.SecureForms, b.FilesSent, b.FilesReceived, b.ExpectationsMet, b.ExpectationsFailed })
                {
                    Num(sb, v, Format.Count(v));
                }

                if (b.ChecksPassRate is { } rate)
                {
                    sb.Append("<td data-v=\"").Append(rate.ToString("R", Inv)).Append("\"><span class=\"pill ").Append(b.ExpectationsFailed == 0 ? "ok" : "bad")
                        .Append("\">").Append(H(Format.Percent(rate))).Append("</span></td>");
                }
                else
                {
                    Num(sb, -1, "–");
                }

                sb.Append("</tr>");
            }

            TableClose(sb);
        }

        SectionClose(sb);
    }

    private static void Transcripts(StringBuilder sb, RunReport r)
    {
        SectionOpen(sb, "transcripts", "Transcripts");
        if (r.Transcripts.Count == 0)
        {
            Empty(sb, "No transcripts were kept (the profile's 'transcripts' setting keeps the first failed and the slowest conversations).");
        }
        else
        {
            Head(sb, "sortable", "~Kept as", "~Script", "~Chat", "Duration (ms)", "~Outcome", "~Reason", "~File");
            foreach (var t in r.Transcripts)
            {
                sb.Append("<tr>");
                Text(sb, t.Kind);
                Text(sb, t.Script);
                Text(sb, t.ChatId);
                Num(sb, t.DurationMs, Format.Ms(t.DurationMs));
                sb.Append("<td class=\"text\"><span class=\"pill ").Append(t.Succeeded ? "ok\">succeeded" : "bad\">failed").Append("</span></td>");
                Text(sb, t.Reason);

                // Only a plain relative path inside the run folder becomes a link; anything else stays text.
                bool safe = t.File.StartsWith("transcripts/", StringComparison.Ordinal) && !t.File.Contains("..", StringComparison.Ordinal)
                    && !t.File.Contains(':', StringComparison.Ordinal) && !t.File.Contains('\\', StringComparison.Ordinal);
                sb.Append("<td class=\"text\">");
                if (safe)
                {
                    sb.Append("<a href=\"").Append(H(t.File)).Append("\">").Append(H(t.File)).Append("</a>");
                }
                else
                {
                    sb.Append(H(t.File));
                }

                sb.Append("</td></tr>");
            }

            TableClose(sb);
        }

        SectionClose(sb);
    }

    private static void Lifecycle(StringBuilder sb, RunReport r)
    {
        SectionOpen(sb, "lifecycle", "Widget lifecycle events");
        if (r.Lifecycle.Count == 0)
        {
            Empty(sb, "No widget events were recorded.");
        }
        else
        {
            Head(sb, "sortable", "Event", "Count");
            foreach (var (name, count) in r.Lifecycle.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                sb.Append("<tr>");
                Text(sb, name);
                Num(sb, count, Format.Count(count));
                sb.Append("</tr>");
            }

            TableClose(sb);
        }

        SectionClose(sb);
    }

    private static void Thresholds(StringBuilder sb, RunReport r)
    {
        SectionOpen(sb, "thresholds", "Thresholds");
        if (r.Thresholds.Count == 0)
        {
            Empty(sb, "The profile defines no thresholds.");
        }
        else
        {
            Head(sb, "", "Threshold", "~Result", "Value");
            foreach (var t in r.Thresholds)
            {
                sb.Append("<tr>");
                Text(sb, t.Expression);
                sb.Append("<td class=\"text\"><span class=\"pill ").Append(t.Held ? "ok\">held" : "bad\">failed").Append("</span></td>");
                sb.Append("<td>").Append(t.Value is { } v ? H(Format.Number(v)) : "–").Append("</td></tr>");
            }

            TableClose(sb);
        }

        SectionClose(sb);
    }
}
