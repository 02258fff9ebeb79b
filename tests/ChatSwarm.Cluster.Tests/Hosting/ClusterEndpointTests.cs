using ChatSwarm.Cluster.Hosting;

namespace ChatSwarm.Cluster.Tests.Hosting;

public sealed class ClusterEndpointTests
{
    [Theory]
    [InlineData("127.0.0.1:4053", "127.0.0.1", 4053)]
    [InlineData("coordinator.chatswarm:0", "coordinator.chatswarm", 0)]
    [InlineData("[::1]:4053", "::1", 4053)]
    public void TryParse_ValidAddress_GivesHostAndPort(string text, string host, int port)
    {
        Assert.True(ClusterEndpoint.TryParse(text, out var endpoint, out var error), error);
        Assert.Equal(new ClusterEndpoint(host, port), endpoint);
        Assert.Equal(text, endpoint!.ToString());
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData(":4053")]
    [InlineData("host:")]
    [InlineData("host:70000")]
    [InlineData("host:-1")]
    [InlineData("::1:4053")]
    [InlineData("a b:1")]
    public void TryParse_InvalidAddress_OneLineSayingWhatIsExpected(string text)
    {
        Assert.False(ClusterEndpoint.TryParse(text, out _, out var error));
        Assert.Contains("HOST:PORT", error);
        Assert.DoesNotContain('\n', error!);
    }
}
