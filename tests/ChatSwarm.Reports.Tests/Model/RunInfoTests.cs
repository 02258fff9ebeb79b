using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.Tests.Model;

public sealed class RunInfoTests
{
    [Theory]
    [InlineData("https://user:secret@tenant.example.com:8443/clientweb/api/v2?tenantUrl=t&appId=abc#x", "https://tenant.example.com:8443/clientweb/api/v2")]
    [InlineData("http://127.0.0.1:5099/", "http://127.0.0.1:5099")]
    [InlineData("tenant.example.com?token=1", "tenant.example.com")]
    [InlineData("", "")]
    public void SafeBaseUrl_UrlWithSecrets_KeepsOnlySchemeHostPortPath(string url, string expected)
    {
        Assert.Equal(expected, RunInfo.SafeBaseUrl(url));
    }
}
