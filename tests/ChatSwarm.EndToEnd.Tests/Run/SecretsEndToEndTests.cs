using ChatSwarm.Simulator;

namespace ChatSwarm.EndToEnd.Tests.Run;

/// <summary>
/// Secrets in every place they can go (user info, password and a query token in the tenant URL, the appId) never reach
/// the console or any file a run writes; only their masked or stripped forms do.
/// </summary>
public sealed class SecretsEndToEndTests
{
    private const string Password = "Pw7SecretPassword";
    private const string Token = "Tk9SecretQueryToken";
    private const string AppId = "app-Secret4Application-id";

    [Fact]
    public async Task Run_SecretsInTenantUrlAndAppId_NeverPrintedOrWritten()
    {
        await using var tenant = await SimulatorHost.StartAsync(new SimulatorOptions { AppIds = [AppId], PollHold = TimeSpan.FromSeconds(1) });
        var url = $"http://operator:{Password}@{tenant.BaseAddress.Authority}/?token={Token}";

        using var run = await new CliRun().InvokeAsync("run", "--tenant", url, "--tenant-url", tenant.TenantUrl, "--app-id", AppId, "--duration", "3s", "--sessions", "2", "--seed", "2");

        Assert.True(run.ExitCode is 0 or 1, run.Out + run.Error);
        Assert.Contains($"against http://{tenant.BaseAddress.Authority}/ ", run.Out, StringComparison.Ordinal);
        var files = Directory.GetFiles(run.RunFolder, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("run.log", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("report.html", StringComparison.Ordinal));
        foreach (var text in files.Select(File.ReadAllText).Append(run.Out).Append(run.Error))
        {
            AssertNoSecret(text);
        }
    }

    [Fact]
    public async Task Bot_SecretsInTenantUrlAndAppId_NeverPrinted()
    {
        await using var tenant = await SimulatorHost.StartAsync(new SimulatorOptions { AppIds = [AppId], PollHold = TimeSpan.FromSeconds(1) });
        var url = $"http://operator:{Password}@{tenant.BaseAddress.Authority}/?token={Token}";
        using var run = new CliRun();
        var script = Path.Combine(run.Directory, "s.yaml");
        await File.WriteAllTextAsync(script, "name: s\nconversation:\n  - say: hello\n  - end\n");

        await run.InvokeAsync("bot", script, "--tenant", url, "--tenant-url", tenant.TenantUrl, "--app-id", AppId, "--timeout", "30s");

        Assert.True(run.ExitCode is 0 or 1, run.Out + run.Error);
        Assert.Contains($"against http://{tenant.BaseAddress.Authority}/", run.Out, StringComparison.Ordinal);
        AssertNoSecret(run.Out + run.Error);
    }

    private static void AssertNoSecret(string text)
    {
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(AppId, text, StringComparison.Ordinal);
        Assert.DoesNotContain("operator:", text, StringComparison.Ordinal);
    }
}
