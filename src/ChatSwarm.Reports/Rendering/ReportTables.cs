using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Rendering;

/// <summary>The tables the text and Markdown reports share, in display order (as NBomber's console report).</summary>
internal static class ReportTables
{
    public static List<(string Title, TextTable Table)> Build(ReportFacts facts)
    {
        var r = facts.Report;
        var run = r.Run;
        var tables = new List<(string, TextTable)>();

        var info = new TextTable("field", "value")
            .Add("run id", run.Id)
            .Add("profile", run.Profile)
            .Add("target", run.TargetBaseUrl)
            .Add("tls certificates", run.TlsVerification)
            .Add("started", Format.Timestamp(run.StartedAt))
            .Add("duration", Format.Duration(run.DurationS))
            .Add("shards", run.Shards.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Add("seed", run.Seed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "random")
            .Add("tool version", run.ToolVersion)
            .Add("machine", $"{run.Machine.Os}, {run.Machine.Cores} cores, .NET {run.Machine.DotnetVersion}");
        tables.Add(("Run", info));

        var summary = new TextTable("metric", "value").NumbersAfterFirst()
            .Add("sessions started", Format.Count(r.Sessions.Started))
            .Add("completion rate", Format.Percent(facts.CompletionRate))
            .Add("requests", Format.Count(facts.Requests))
            .Add("ok / failed", $"{Format.Count(facts.Ok)} / {Format.Count(facts.Failed)}")
            .Add("requests/s", Format.Rate(facts.Rps))
            .Add("error rate", Format.Percent(facts.ErrorRate))
            .Add("peak concurrent sessions", Format.Count(r.Sessions.PeakConcurrent))
            .Add("thresholds held", $"{facts.ThresholdsHeld} / {r.Thresholds.Count}");
        tables.Add(("Summary", summary));

        var sessions = new TextTable("started", "queued", "connected", "completed", "ended by run", "lost", "abandoned", "failed", "restarts", "backoff waited", "peak concurrent").NumbersAfterFirst()
            .Add(Format.Count(r.Sessions.Started), Format.Count(r.Sessions.Queued), Format.Count(r.Sessions.Connected), Format.Count(r.Sessions.Completed),
                Format.Count(r.Sessions.EndedByRun), Format.Count(r.Sessions.Lost), Format.Count(r.Sessions.Abandoned), Format.Count(r.Sessions.Failed), Format.Count(r.Sessions.Restarts), Format.Duration(r.Sessions.BackoffS), Format.Count(r.Sessions.PeakConcurrent));
        tables.Add(("Sessions", sessions));

        // A one-process run has no workers; the table exists only for cluster runs and merged shards.
        if (r.Workers.Count > 0)
        {
            var workers = new TextTable("worker", "sessions", "requests", "errors", "error rate", "cpu", "peak rss", "joined", "left").NumbersAfterFirst().LeftAlign(7).LeftAlign(8);
            foreach (var w in r.Workers)
            {
                workers.Add(w.Name, Format.Count(w.Sessions), Format.Count(w.Requests), Format.Count(w.Errors), Format.Percent(w.Requests == 0 ? 0 : (double)w.Errors / w.Requests),
                    Format.CpuSeconds(w.CpuSeconds), Format.Rss(w.PeakRssBytes), Format.Moment(w.JoinedAt), Format.Left(w));
            }

            tables.Add(("Workers", workers));
        }

        var steps = new TextTable("step", "ok", "fail", "rps", "min", "mean", "max", "stddev", "p50", "p75", "p95", "p99", "p99.9", "data in", "data out").NumbersAfterFirst();
        foreach (var s in r.Steps)
        {
            var l = s.LatencyMs;
            steps.Add(s.Name, Format.Count(s.Ok), Format.Count(s.Fail), Format.Rate(s.Rps), Format.Ms(l.Min), Format.Ms(l.Mean), Format.Ms(l.Max), Format.Ms(l.StdDev),
                Format.Ms(l.P50), Format.Ms(l.P75), Format.Ms(l.P95), Format.Ms(l.P99), Format.Ms(l.P999), Format.Bytes(s.BytesIn), Format.Bytes(s.BytesOut));
        }

        tables.Add(("Steps (latency in ms)", steps));

        // Histograms hold failed calls too, so ranges cover every call and "failed" is a subset, not a fourth range.
        double all = Math.Max(1, facts.AllLatency.Count);
        var ranges = new TextTable("range", "count", "share").NumbersAfterFirst()
            .Add(facts.FastLabel, Format.Count(facts.Fast), Format.Percent(facts.Fast / all))
            .Add(facts.ModerateLabel, Format.Count(facts.Moderate), Format.Percent(facts.Moderate / all))
            .Add(facts.SlowLabel, Format.Count(facts.Slow), Format.Percent(facts.Slow / all))
            .Add("of which failed", Format.Count(facts.TimedFailed), Format.Percent(facts.TimedFailed / all));
        tables.Add(("Latency ranges", ranges));

        var errors = new TextTable("code", "name", "step", "message", "count").NumbersAfterFirst().LeftAlign(1).LeftAlign(2).LeftAlign(3);
        foreach (var e in r.Errors)
        {
            errors.Add(e.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Name, e.Step, e.Message, Format.Count(e.Count));
        }

        tables.Add(("Errors", errors));

        var polls = new TextTable("polls", "mean hold ms", "concurrent poll errors (5509)").NumbersAfterFirst()
            .Add(Format.Count(r.Polls.Count), Format.Ms(r.Polls.MeanHoldMs), Format.Count(r.Polls.ConcurrentPollErrors));
        tables.Add(("Polls", polls));

        var chat = new TextTable("measure", "count", "min", "mean", "p50", "p75", "p95", "p99", "p99.9", "max").NumbersAfterFirst();
        AddChat(chat, "queue wait", r.Chat.QueueWaitMs);
        AddChat(chat, "first agent message", r.Chat.FirstAgentMessageMs);
        AddChat(chat, "reply round trip", r.Chat.ReplyRttMs);
        tables.Add(("Chat experience (ms)", chat));

        var bots = new TextTable("script", "conversations", "completed", "forms", "secure forms", "files sent", "files received", "checks met", "checks failed", "checks passed").NumbersAfterFirst();
        foreach (var b in r.Bots)
        {
            bots.Add(b.Script, Format.Count(b.Conversations), Format.Count(b.Completed), Format.Count(b.FormsAnswered), Format.Count(b.SecureForms),
                Format.Count(b.FilesSent), Format.Count(b.FilesReceived), Format.Count(b.ExpectationsMet), Format.Count(b.ExpectationsFailed),
                b.ChecksPassRate is { } rate ? Format.Percent(rate) : "–");
        }

        tables.Add(("Bots", bots));

        var profile = new TextTable("load profile", "value").LeftAlign(1);
        if (r.LoadProfile is { } p)
        {
            profile.Add("name", p.Name);
            foreach (var phase in p.Phases)
            {
                profile.Add("phase", phase);
            }

            foreach (var m in p.Mix)
            {
                profile.Add("mix", $"{m.Script} (weight {Format.Number(m.Weight)})");
            }

            foreach (var t in p.Thresholds)
            {
                profile.Add("threshold", t);
            }
        }

        tables.Add(("Load profile", profile));

        var transcripts = new TextTable("kept as", "script", "chat", "duration ms", "outcome", "file").NumbersAfterFirst().LeftAlign(1).LeftAlign(2).LeftAlign(4).LeftAlign(5);
        foreach (var t in r.Transcripts)
        {
            transcripts.Add(t.Kind, t.Script, t.ChatId, Format.Ms(t.DurationMs), t.Succeeded ? "succeeded" : "failed: " + t.Reason, t.File);
        }

        tables.Add(("Transcripts", transcripts));

        var lifecycle = new TextTable("widget event", "count").NumbersAfterFirst();
        foreach (var (name, count) in r.Lifecycle.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            lifecycle.Add(name, Format.Count(count));
        }

        tables.Add(("Lifecycle", lifecycle));

        var thresholds = new TextTable("threshold", "result", "value").NumbersAfterFirst().LeftAlign(1);
        foreach (var t in r.Thresholds)
        {
            thresholds.Add(t.Expression, t.Held ? "held" : "FAILED", t.Value is { } v ? Format.Number(v) : "-");
        }

        tables.Add(("Thresholds", thresholds));

        var hints = new TextTable("severity", "hint");
        foreach (var h in facts.Hints)
        {
            hints.Add(h.Severity.ToString().ToLowerInvariant(), h.Text);
        }

        tables.Add(("Hints", hints));
        return tables;
    }

    private static void AddChat(TextTable table, string name, LatencyStats l) =>
        table.Add(name, Format.Count(l.Count), Format.Ms(l.Min), Format.Ms(l.Mean), Format.Ms(l.P50), Format.Ms(l.P75), Format.Ms(l.P95), Format.Ms(l.P99), Format.Ms(l.P999), Format.Ms(l.Max));
}
