using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Serialization;

namespace ChatSwarm.Cli.Tests.Commands;

/// <summary>
/// Every kind of bad input a user can give (profiles, bot scripts, fault plans, flags, environment, report files) ends
/// with exactly one line on standard error that names the problem, exit code 2, no stack trace, and (for
/// <c>run</c>) no run folder: nothing started.
/// </summary>
[Collection(EnvironmentCollection.Name)]
public sealed class BadInputTests : IDisposable
{
    private const string GoodProfile = "name: t\nphases:\n  - constant: {sessions: 1, duration: 1s}\n";
    private const string GoodScript = "name: s\nconversation:\n  - say: hello\n  - end\n";

    private static readonly Dictionary<string, BadInput> Cases = CreateCases().ToDictionary(c => c.Name);

    private readonly string _directory = Directory.CreateTempSubdirectory("chatswarm-bad-").FullName;

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Cases_CoverAtLeastFortyKindsInEveryArea()
    {
        Assert.True(Cases.Count >= 40, $"only {Cases.Count} cases");
        foreach (var area in new[] { "profile", "bot", "faults", "flag", "env", "report" })
        {
            Assert.Contains(Cases.Keys, k => k.StartsWith(area + ":", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Command_BadInput_OneLineErrorExitCode2AndNoStackTrace(string name)
    {
        var bad = Cases[name];
        foreach (var (file, content) in bad.Files)
        {
            var path = Path.Combine(_directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, content);
        }

        foreach (var fifo in bad.Fifos)
        {
            MakeFifo(Path.Combine(_directory, fifo));
        }

        using var listener = bad.OccupyPort ? new TcpListener(IPAddress.Loopback, 0) : null;
        var args = bad.Args;
        if (listener is not null)
        {
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            args = [.. args.Select(a => a.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))];
        }

        foreach (var (variable, value) in bad.Environment)
        {
            Environment.SetEnvironmentVariable(variable, value);
        }

        (int Exit, string Out, string Error) result;
        try
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            result = await CliHarness.InvokeAsync(_directory, args).WaitAsync(deadline.Token);
        }
        finally
        {
            foreach (var (variable, _) in bad.Environment)
            {
                Environment.SetEnvironmentVariable(variable, null);
            }
        }

        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(result.Exit == 2, $"exit {result.Exit}; stderr: {result.Error}; stdout: {result.Out}");
        Assert.True(lines.Length == 1, $"expected one line, got {lines.Length}: {result.Error}");
        Assert.Contains(bad.Expected, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error + result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error + result.Out, StringComparison.Ordinal);
        if (args[0] == "run")
        {
            Assert.False(Directory.Exists(Path.Combine(_directory, "reports")), "a run folder was created for bad input");
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static IEnumerable<BadInput> CreateCases()
    {
        // Load profiles.
        yield return Run("profile:unclosed-brace-at-end-of-line", "name: t\nphases:\n  - constant: {sessions: 1, duration: 1s\n", "p.yaml:");
        yield return Run("profile:tab-indentation", "name: t\n\tphases: []\n", "p.yaml:");
        yield return Run("profile:deeply-nested", "phases: " + new string('[', 200_000) + "\n", "nested more than 64 levels deep");
        yield return Run("profile:complex-key", "[phases]: 1\n" + GoodProfile[8..], "p.yaml:1:");
        yield return Run("profile:overflowing-phases", "name: t\nphases:\n" + string.Concat(Enumerable.Repeat("  - constant: {sessions: 1, duration: 100000000h}\n", 4)), "expected at most 366 days");
        yield return Run("profile:empty", "", "the profile is empty");
        yield return Run("profile:not-a-mapping", "- a\n- b\n", "p.yaml:1:1:");
        yield return Run("profile:phases-not-a-list", "name: t\nphases: 5\n", "p.yaml:2:");
        yield return Run("profile:negative-sessions", "name: t\nphases:\n  - constant: {sessions: -1, duration: 1s}\n", "p.yaml:3:");
        yield return Run("profile:duration-unit", "name: t\nphases:\n  - constant: {sessions: 1, duration: 5 parsecs}\n", "p.yaml:3:");
        yield return Run("profile:huge-number", "name: t\nphases:\n  - constant: {sessions: 99999999999999999999, duration: 1s}\n", "p.yaml:3:");
        yield return Run("profile:duplicate-key", "name: t\nname: u\nphases:\n  - constant: {sessions: 1, duration: 1s}\n", "p.yaml:2:");
        yield return Run("profile:missing-bot", GoodProfile + "mix:\n  - {script: nope.yaml, weight: 1}\n", "nope.yaml");
        yield return Run("profile:bad-threshold", GoodProfile + "thresholds:\n  - \"p95(request_chat) <\"\n", "p.yaml:5:");
        yield return Run("profile:app-id-with-quote", "name: t\ntarget: {base_url: \"http://127.0.0.1:9/\", tenant_url: t.example.com, app_id: \"a\\\"b\"}\nphases:\n  - constant: {sessions: 1, duration: 1s}\n", "double quote");
        yield return new BadInput("profile:faults-file-invalid", ["run", "p.yaml"], "f.yaml:")
        {
            Files = { ["p.yaml"] = GoodProfile + "mix:\n  - {script: s.yaml, weight: 1}\nsimulator:\n  faults: f.yaml\n", ["s.yaml"] = GoodScript, ["f.yaml"] = "rules: {\n" },
        };

        // Bot scripts.
        yield return Bot("bot:unclosed-brace-at-end-of-line", "name: s\nconversation:\n  - say: {text: hi\n", "s.yaml:");
        yield return Bot("bot:deeply-nested", "conversation: " + new string('{', 100_000) + "\n", "nested more than 64 levels deep");
        yield return Bot("bot:complex-key", "[conversation]: 1\nconversation:\n  - say: hi\n", "s.yaml:1:1: keys in the script must be plain names");
        yield return Bot("bot:unknown-step", "name: s\nconversation:\n  - dance: now\n", "s.yaml:3:");
        yield return Bot("bot:empty", "", "the script is empty");
        yield return Bot("bot:bad-regex", "name: s\nconversation:\n  - expect: {matches: \"(unclosed\"}\n", "bad regex");
        yield return Bot("bot:send-missing-file", "name: s\nconversation:\n  - send_file: {path: files/none.png}\n", "not found");
        yield return new BadInput("bot:send-fifo", ["bot", "s.yaml"], "FIFO")
        {
            Files = { ["s.yaml"] = "name: s\nconversation:\n  - send_file: {path: pipe.bin}\n" },
            Fifos = { "pipe.bin" },
        };
        yield return new BadInput("bot:script-is-fifo", ["bot", "s.yaml"], "FIFO") { Fifos = { "s.yaml" } };
        yield return new BadInput("bot:script-missing", ["bot", "none.yaml"], "none.yaml");

        // Fault plans (chatswarm simulate --faults).
        yield return Faults("faults:unclosed-brace-at-end-of-line", "rules:\n  - {method: request_chat, fault: 5001\n", "f.yaml:");
        yield return Faults("faults:complex-key", "[rules]: 1\n", "f.yaml:1:1: keys in the fault plan must be plain names");
        yield return Faults("faults:deeply-nested", "rules: " + new string('[', 200_000) + "\n", "nested more than 64 levels deep");
        yield return Faults("faults:probability-out-of-range", "rules:\n  - {method: request_chat, fault: 5001, probability: 2}\n", "f.yaml:2:");
        yield return Faults("faults:unknown-fault", "rules:\n  - {method: request_chat, fault: 4242}\n", "unknown fault '4242'");
        yield return Faults("faults:overflowing-outage", "outages:\n  - {start: 100000000h, duration: 100000000h}\n", "f.yaml:2:");
        yield return Faults("faults:rules-not-a-list", "rules: 5\n", "'rules' must be a list");
        yield return Faults("faults:complex-rule-key", "rules:\n  - {[method]: 1}\n", "keys in a rule must be plain names");

        // Flags.
        yield return Flag("flag:app-id-quote", ["run", "--app-id", "ab\"cd"], "--app-id: the app id contains a double quote");
        yield return Flag("flag:app-id-control-character", ["run", "--app-id", "ab\u0001cd"], "control character");
        yield return Flag("flag:app-id-newline", ["run", "--app-id", "ab\r\nX-Evil: 1"], "control character");
        yield return Flag("flag:tenant-url-newline", ["run", "--tenant-url", "a\nb"], "--tenant-url: the tenant URL contains");
        yield return Flag("flag:duration-overflow", ["run", "--duration", "100000000h"], "--duration:");
        yield return Flag("flag:sessions-overflow", ["run", "--sessions", "99999999999"], "--sessions:");
        yield return Flag("flag:ca-cert-missing", ["run", "--tenant", "http://127.0.0.1:9/", "--tenant-url", "t", "--app-id", "a", "--ca-cert", "none.pem"], "--ca-cert:");
        yield return Flag("flag:proxy-not-a-url", ["run", "--tenant", "http://127.0.0.1:9/", "--tenant-url", "t", "--app-id", "a", "--proxy", "not a url"], "--proxy:");
        yield return Flag("flag:insecure-without-tenant", ["run", "--insecure"], "only apply with --tenant");
        yield return Flag("flag:insecure-and-ca-cert", ["bot", "s.yaml", "--tenant", "http://127.0.0.1:9/", "--app-id", "a", "--insecure", "--ca-cert", "x.pem"], "choose one");
        yield return Flag("flag:bot-app-id-quote", ["bot", "s.yaml", "--tenant", "http://127.0.0.1:9/", "--app-id", "a\"b"], "double quote");
        yield return Flag("flag:bot-timeout-zero", ["bot", "s.yaml", "--timeout", "0s"], "--timeout:");
        yield return Flag("flag:simulate-agents", ["simulate", "--agents", "-1"], "--agents");
        yield return Flag("flag:simulate-url-scheme", ["simulate", "--urls", "ftp://127.0.0.1:1"], "--urls:");
        yield return Flag("flag:simulate-port-in-use", ["simulate", "--urls", "http://127.0.0.1:{port}"], "cannot listen on") with { OccupyPort = true };
        yield return Flag("flag:sessions-negative", ["run", "--sessions", "-5"], "--sessions:");
        yield return Flag("flag:sessions-beyond-open-file-limit", ["run", "--sessions", "100000000"], "(ulimit -n); raise the limit");

        // Environment.
        yield return Env("env:app-id-quote", "CHATSWARM_APP_ID", "x\"y", "CHATSWARM_APP_ID: the app id contains a double quote");
        yield return Env("env:tenant-not-a-url", "CHATSWARM_TENANT", "not a url", "CHATSWARM_TENANT:");
        yield return Env("env:tenant-url-control", "CHATSWARM_TENANT_URL", "t\u0007.example.com", "CHATSWARM_TENANT_URL: the tenant URL contains");

        // Report files (chatswarm report render / merge).
        yield return Report("report:not-json", "{ not json", "not valid JSON");
        yield return Report("report:unclosed-brace", "{\"schema_version\": 1,\n", "not valid JSON");
        yield return Report("report:deeply-nested", new string('[', 100_000), "not valid JSON");
        yield return Report("report:empty", "", "not valid JSON");
        yield return Report("report:negative-count", Mutate(r => r["sessions"]!["started"] = -3), "sessions.started: -3 is negative");
        yield return Report("report:timeline-out-of-order", Mutate(r => r["timeline"] = new JsonArray(Point(2), Point(1))), "timeline[1].t");
        yield return Report("report:percentiles-decrease", Mutate(r => r["steps"] = new JsonArray(new JsonObject
        {
            ["name"] = "request_chat", ["ok"] = 1, ["latency_ms"] = new JsonObject { ["count"] = 1, ["p50"] = 300, ["p75"] = 310, ["p95"] = 250, ["p99"] = 400, ["p999"] = 400 },
        })), "p95 250 is below p75 310");
        yield return Report("report:wrong-schema", Mutate(r => r["schema_version"] = 99), "schema_version 99");
        yield return new BadInput("report:merge-same-shard-twice", ["report", "merge", "a", "a", "--out", "m"], "the same shard folder is given twice")
        {
            Files = { ["a/report.json"] = Mutate(_ => { }) },
        };
        yield return new BadInput("report:merge-same-shard-copied", ["report", "merge", "a", "b", "--out", "m"], "is the same shard as")
        {
            Files = { ["a/report.json"] = Mutate(_ => { }), ["b/report.json"] = Mutate(_ => { }) },
        };
        yield return new BadInput("report:merge-different-profiles", ["report", "merge", "a", "b", "--out", "m"], "cannot merge shards of different load profiles")
        {
            Files = { ["a/report.json"] = Mutate(_ => { }), ["b/report.json"] = Mutate(r => r["run"]!["profile"] = "another") },
        };
        yield return new BadInput("report:merge-missing-shard", ["report", "merge", "a", "absent", "--out", "m"], "absent")
        {
            Files = { ["a/report.json"] = Mutate(_ => { }) },
        };
    }

    private static BadInput Run(string name, string profile, string expected) =>
        new(name, ["run", "p.yaml"], expected) { Files = { ["p.yaml"] = profile } };

    private static BadInput Bot(string name, string script, string expected) =>
        new(name, ["bot", "s.yaml"], expected) { Files = { ["s.yaml"] = script } };

    private static BadInput Faults(string name, string plan, string expected) =>
        new(name, ["simulate", "--urls", "http://127.0.0.1:0", "--faults", "f.yaml"], expected) { Files = { ["f.yaml"] = plan } };

    private static BadInput Flag(string name, string[] args, string expected) =>
        new(name, args, expected) { Files = { ["s.yaml"] = GoodScript } };

    private static BadInput Env(string name, string variable, string value, string expected) =>
        new(name, ["run"], expected) { Environment = { [variable] = value, ["CHATSWARM_TENANT"] = variable == "CHATSWARM_TENANT" ? value : "http://127.0.0.1:9/", ["CHATSWARM_TENANT_URL"] = variable == "CHATSWARM_TENANT_URL" ? value : "t.example.com", ["CHATSWARM_APP_ID"] = variable == "CHATSWARM_APP_ID" ? value : "app" } };

    private static BadInput Report(string name, string json, string expected) =>
        new(name, ["report", "render", "r/report.json"], expected) { Files = { ["r/report.json"] = json } };

    private static string Mutate(Action<JsonObject> change)
    {
        var report = new RunReport { Run = new RunInfo { Id = "20260101-000000-a1b2c3d4", Profile = "t" } };
        var node = JsonNode.Parse(ReportJson.Serialize(report))!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private static JsonObject Point(double t) => new() { ["t"] = t, ["requests"] = 1 };

    private sealed record BadInput(string Name, string[] Args, string Expected)
    {
        public Dictionary<string, string> Files { get; init; } = [];

        public List<string> Fifos { get; init; } = [];

        public Dictionary<string, string> Environment { get; init; } = [];

        public bool OccupyPort { get; init; }
    }
}
