namespace ChatSwarm.Monitoring.Tests.Support;

public sealed class RunMonitorHostingTests
{
    [Fact]
    public async Task StartAsync_MetricsAndWeb_EachAddressServesItsEndpoint()
    {
        await using var monitor = await RunMonitor.StartAsync(
            new MonitoringOptions { MetricsListen = new ListenAddress("127.0.0.1", 0), WebListen = new ListenAddress("127.0.0.1", 0) },
            CancellationToken.None);
        using var http = new HttpClient();

        Assert.NotEqual(monitor.MetricsUrl!.Port, monitor.DashboardUrl!.Port);
        Assert.Equal("/metrics", monitor.MetricsUrl.AbsolutePath);
        using var metrics = await http.GetAsync(monitor.MetricsUrl);
        using var page = await http.GetAsync(monitor.DashboardUrl);

        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", metrics.Content.Headers.ContentType!.ToString());
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Contains("EventSource", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_MetricsOnly_NoDashboard()
    {
        await using var monitor = await RunMonitor.StartAsync(new MonitoringOptions { MetricsListen = new ListenAddress("127.0.0.1", 0) }, CancellationToken.None);
        using var http = new HttpClient();

        Assert.Null(monitor.DashboardUrl);
        using var events = await http.GetAsync(new Uri(monitor.MetricsUrl!, "/events"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, events.StatusCode);
    }
}
