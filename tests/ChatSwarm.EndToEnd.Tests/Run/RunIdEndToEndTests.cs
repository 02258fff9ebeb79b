using System.Text.Json;
using ChatSwarm.Simulator;

namespace ChatSwarm.EndToEnd.Tests.Run;

/// <summary>Runs started together (same second, same seed, same --out, same tenant) never share a folder or a clientId.</summary>
public sealed class RunIdEndToEndTests
{
    [Fact]
    public async Task Run_TwoStartedTogetherWithTheSameSeedAndTenant_SeparateFoldersIdsAndNoConcurrentPolls()
    {
        await using var tenant = await SimulatorHost.StartAsync(new SimulatorOptions { Agents = 10, PollHold = TimeSpan.FromSeconds(1) });
        var directory = Directory.CreateTempSubdirectory("chatswarm-ids-").FullName;
        try
        {
            string[] args =
            [
                "run", "--tenant", tenant.BaseAddress.ToString(), "--tenant-url", tenant.TenantUrl, "--app-id", tenant.AppId,
                "--duration", "3s", "--sessions", "3", "--seed", "7",
            ];
            using var gate = new Barrier(2);
            var runs = await Task.WhenAll(
                Task.Run(() => { gate.SignalAndWait(); return InvokeAsync(directory, args); }),
                Task.Run(() => { gate.SignalAndWait(); return InvokeAsync(directory, args); }));

            Assert.All(runs, r => Assert.True(r.Exit is 0 or 1, r.Out + r.Error));
            var folders = Directory.GetDirectories(Path.Combine(directory, "reports"));
            Assert.Equal(2, folders.Length);
            var ids = new List<string>();
            foreach (var folder in folders)
            {
                using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.json")));
                ids.Add(report.RootElement.GetProperty("run").GetProperty("id").GetString()!);
                Assert.Equal(0, report.RootElement.GetProperty("polls").GetProperty("concurrent_poll_errors").GetInt64());
            }

            Assert.NotEqual(ids[0], ids[1]);
            var stats = tenant.GetStats();
            Assert.Equal(0, stats.ConcurrentPollViolations);
            Assert.True(stats.SessionsCreated >= 6, $"{stats.SessionsCreated} sessions for two runs of 3 customers");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Run_TwoProcessesStartedTogether_SeparateFoldersRunIdsAndClientIds()
    {
        await using var tenant = await SimulatorHost.StartAsync(new SimulatorOptions { Agents = 10, PollHold = TimeSpan.FromSeconds(1) });
        var reports = Directory.CreateTempSubdirectory("chatswarm-ids-").FullName;
        try
        {
            string[] args =
            [
                "run", "--tenant", tenant.BaseAddress.ToString(), "--tenant-url", tenant.TenantUrl, "--app-id", tenant.AppId,
                "--duration", "3s", "--sessions", "3", "--seed", "7", "--out", reports,
            ];
            using var first = Signals.ChildProcess.Start(args);
            using var second = Signals.ChildProcess.Start(args);
            await Task.WhenAll(first.WaitForExitAsync(TimeSpan.FromSeconds(120)), second.WaitForExitAsync(TimeSpan.FromSeconds(120)));

            Assert.True(first.ExitCode is 0 or 1, first.Out + first.Error);
            Assert.True(second.ExitCode is 0 or 1, second.Out + second.Error);
            var folders = Directory.GetDirectories(reports);
            Assert.Equal(2, folders.Length);
            var ids = new List<string>();
            foreach (var folder in folders)
            {
                using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "report.json")));
                ids.Add(report.RootElement.GetProperty("run").GetProperty("id").GetString()!);
                Assert.Equal(0, report.RootElement.GetProperty("polls").GetProperty("concurrent_poll_errors").GetInt64());
            }

            // Client ids derive from the run id: distinct run ids, distinct chats, never a poll of the other run's chat.
            Assert.NotEqual(ids[0], ids[1]);
            var stats = tenant.GetStats();
            Assert.Equal(0, stats.ConcurrentPollViolations);
            Assert.True(stats.SessionsCreated >= 6, $"{stats.SessionsCreated} sessions for two runs of 3 customers");
        }
        finally
        {
            Directory.Delete(reports, recursive: true);
        }
    }

    private static async Task<(int Exit, string Out, string Error)> InvokeAsync(string directory, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new ChatSwarm.Cli.Run.CliContext(
            TextWriter.Synchronized(output), TextWriter.Synchronized(error), Interactive: false, CancellationToken.None, CancellationToken.None, directory, AppContext.BaseDirectory);
        var exit = await ChatSwarm.Cli.CliApp.InvokeAsync(args, context);
        return (exit, output.ToString(), error.ToString());
    }
}
