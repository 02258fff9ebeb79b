using ChatSwarm.Bots.Running;

namespace ChatSwarm.Bots.Tests.Running;

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
        var ok = BotRunRequest.TryCreate("s.yaml", "https://acme.brightpattern.com", null, "app1", "42", "90s", true, out var request, out _);

        Assert.True(ok);
        Assert.Equal("acme.brightpattern.com", request!.TenantUrl);
        Assert.Equal("app1", request.AppId);
        Assert.Equal(42, request.Seed);
        Assert.Equal(TimeSpan.FromSeconds(90), request.Timeout);
        Assert.True(request.Verbose);
    }

    [Theory]
    [InlineData(null, null, null, null, null, "SCRIPT: expected the path of a bot script")]
    [InlineData("ftp://x", null, "a", null, null, "--tenant: 'ftp://x' is not a URL")]
    [InlineData("https://x.example", null, null, null, null, "--app-id: required with --tenant")]
    [InlineData(null, "host", null, null, null, "--tenant-url: only applies with --tenant")]
    [InlineData(null, null, "a", null, null, "--app-id: only applies with --tenant")]
    [InlineData(null, null, null, "many", null, "--seed: 'many' is not a whole number")]
    [InlineData(null, null, null, null, "5x", "--timeout: '5x' has unknown unit 'x'")]
    [InlineData(null, null, null, null, "0", "--timeout: '0' must be positive")]
    public void TryCreate_BadOption_NamesOptionInOneLine(string? tenant, string? tenantUrl, string? appId, string? seed, string? timeout, string expectedStart)
    {
        var script = expectedStart.StartsWith("SCRIPT", StringComparison.Ordinal) ? null : "s.yaml";

        var ok = BotRunRequest.TryCreate(script, tenant, tenantUrl, appId, seed, timeout, false, out var request, out var error);

        Assert.False(ok);
        Assert.Null(request);
        Assert.StartsWith(expectedStart, error);
        Assert.DoesNotContain('\n', error!);
    }
}
