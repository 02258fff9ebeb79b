using ChatSwarm.Configuration.Validation;

namespace ChatSwarm.Monitoring.Tests.Support;

public sealed class MonitoringOptionsTests
{
    [Fact]
    public void Defaults_NothingExportedAndValid()
    {
        var options = new MonitoringOptions();

        options.Validate();
        Assert.False(options.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(10), options.OtlpExportInterval);
        Assert.Equal(900, options.DashboardHistorySeconds);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:4318", 10_000, 900, null, "MonitoringOptions.OtlpEndpoint: expected an absolute http:// or https:// URL")]
    [InlineData("http://127.0.0.1:4318", 10, 900, null, "MonitoringOptions.OtlpExportInterval: expected between 100ms and 1h")]
    [InlineData(null, 10_000, 0, null, "MonitoringOptions.DashboardHistorySeconds: expected between 1 and 86400 seconds")]
    [InlineData(null, 10_000, 900, " ", "MonitoringOptions.Worker: expected a label or null")]
    public void Validate_OutOfRange_OneLineMessage(string? otlp, int intervalMs, int history, string? worker, string expected)
    {
        var options = new MonitoringOptions
        {
            OtlpEndpoint = otlp is null ? null : new Uri(otlp),
            OtlpExportInterval = TimeSpan.FromMilliseconds(intervalMs),
            DashboardHistorySeconds = history,
            Worker = worker,
        };

        var error = Assert.Throws<OptionsValidationException>(options.Validate);
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwoProblems_OneExceptionListingBoth()
    {
        var options = new MonitoringOptions { DashboardHistorySeconds = 0, Worker = "" };

        var error = Assert.Throws<OptionsValidationException>(options.Validate);

        Assert.Equal(
            ["MonitoringOptions.DashboardHistorySeconds: expected between 1 and 86400 seconds, got 0", "MonitoringOptions.Worker: expected a label or null, got a blank one"],
            error.Problems);
    }

    [Fact]
    public async Task StartAsync_PortInUse_IOExceptionNamingTheAddress()
    {
        using var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        var port = ((System.Net.IPEndPoint)busy.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<IOException>(() => RunMonitor.StartAsync(new MonitoringOptions { WebListen = new ListenAddress("127.0.0.1", port) }, CancellationToken.None));

        Assert.StartsWith($"cannot listen on 127.0.0.1:{port}: ", error.Message, StringComparison.Ordinal);
    }
}
