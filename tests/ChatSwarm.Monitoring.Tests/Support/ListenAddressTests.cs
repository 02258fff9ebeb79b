namespace ChatSwarm.Monitoring.Tests.Support;

public sealed class ListenAddressTests
{
    [Theory]
    [InlineData("127.0.0.1:9464", "127.0.0.1", 9464)]
    [InlineData("localhost:0", "localhost", 0)]
    [InlineData("[::1]:5665", "::1", 5665)]
    [InlineData("*:80", "*", 80)]
    [InlineData(":80", "*", 80)]
    public void TryParse_ValidAddress_HostAndPort(string text, string host, int port)
    {
        Assert.True(ListenAddress.TryParse(text, out var address, out var error));

        Assert.Null(error);
        Assert.Equal(new ListenAddress(host, port), address);
    }

    [Theory]
    [InlineData("", "expected HOST:PORT such as 127.0.0.1:9464, got ''")]
    [InlineData("127.0.0.1", "expected HOST:PORT such as 127.0.0.1:9464, got '127.0.0.1'")]
    [InlineData("127.0.0.1:70000", "expected a port number 0..65535 after the last ':', got '127.0.0.1:70000'")]
    [InlineData("127.0.0.1:-1", "expected a port number 0..65535 after the last ':', got '127.0.0.1:-1'")]
    [InlineData("my-host:80", "expected an IP address, localhost or * as the host, got 'my-host:80'")]
    public void TryParse_InvalidAddress_SaysWhatIsExpected(string text, string expected)
    {
        Assert.False(ListenAddress.TryParse(text, out var address, out var error));

        Assert.Null(address);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ToString_Ipv6_Bracketed() => Assert.Equal("[::1]:5665", new ListenAddress("::1", 5665).ToString());
}
