using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Tests.Metrics;

public sealed class RunInfoFactoryTests
{
    [Fact]
    public void Create_RealTarget_DropsCredentialsQueryAndFragment()
    {
        var started = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var info = RunInfoFactory.Create("20260102_smoke", "smoke", new Uri("https://user:secret@t.example.com/clientweb/api/v1/?appId=abc&tenantUrl=t#x"), started, TimeSpan.FromSeconds(61.5), 42);

        Assert.Equal("https://t.example.com/clientweb/api/v1/", info.TargetBaseUrl);
        Assert.DoesNotContain("secret", info.TargetBaseUrl);
        Assert.DoesNotContain("abc", info.TargetBaseUrl);
        Assert.Equal(("20260102_smoke", "smoke", started, 61.5, 1, 42L), (info.Id, info.Profile, info.StartedAt, info.DurationS, info.Shards, info.Seed));
        Assert.False(string.IsNullOrEmpty(info.ToolVersion));
        Assert.Equal(Environment.ProcessorCount, info.Machine.Cores);
        Assert.False(string.IsNullOrEmpty(info.Machine.DotnetVersion));
    }

    [Fact]
    public void Create_NoTarget_IsEmpty()
    {
        Assert.Equal("", RunInfoFactory.Create("id", "p", null, DateTimeOffset.UnixEpoch, TimeSpan.Zero, null).TargetBaseUrl);
    }
}
