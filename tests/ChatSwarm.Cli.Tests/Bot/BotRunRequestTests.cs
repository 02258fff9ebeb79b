using ChatSwarm.Cli.Bot;

namespace ChatSwarm.Cli.Tests.Bot;

public sealed class BotRunRequestTests
{
    [Fact]
    public void TryCreate_ScriptOnly_TargetsSimulatorWithDefaults()
    {
        var ok = BotRunRequest.TryCreate("bots/case.yaml", null, null, null, null, null, false, out var request, out var error);

        Assert.True(ok, error);
        Assert.Null(request!.Tenant);
        Assert.Equal(1, request.Seed);
        Assert.Equal(TimeSpan.FromMinutes(5), request.Timeout);
    }

    [Fact]
    public void TryCreate_Tenant_DefaultsTenantUrlToHost()
    {
        var ok = BotRunRequest.TryCreate("s.yaml", new Uri("https://acme.brightpattern.com"), null, "app1", 42, TimeSpan.FromSeconds(90), true, out var request, out _);

        Assert.True(ok);
        Assert.Equal("acme.brightpattern.com", request!.TenantUrl);
        Assert.Equal("app1", request.AppId);
        Assert.Equal(42, request.Seed);
        Assert.Equal(TimeSpan.FromSeconds(90), request.Timeout);
        Assert.True(request.Verbose);
    }

    [Theory]
    [InlineData(null, null, null, "SCRIPT: expected the path of a bot script")]
    [InlineData("https://x.example", null, null, "--app-id: required with --tenant")]
    [InlineData(null, "host", null, "--tenant-url: only applies with --tenant")]
    [InlineData(null, null, "a", "--app-id: only applies with --tenant")]
    public void TryCreate_BadCombination_NamesOptionInOneLine(string? tenant, string? tenantUrl, string? appId, string expectedStart)
    {
        var script = expectedStart.StartsWith("SCRIPT", StringComparison.Ordinal) ? null : "s.yaml";

        var ok = BotRunRequest.TryCreate(script, tenant is null ? null : new Uri(tenant), tenantUrl, appId, null, null, false, out var request, out var error);

        Assert.False(ok);
        Assert.Null(request);
        Assert.StartsWith(expectedStart, error);
        Assert.DoesNotContain('\n', error!);
    }
}
