using ChatSwarm.Cli.Run;
using ChatSwarm.Monitoring;

namespace ChatSwarm.Cli.Tests.Run;

public sealed class MonitorArgumentParserTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void TryParse_NoOptions_NothingExported()
    {
        Assert.True(MonitorArgumentParser.TryParse(MonitorArguments.None, NoEnvironment, out var request, out var error));

        Assert.Null(error);
        Assert.False(request!.Options.Enabled);
        Assert.Equal(TimeSpan.Zero, request.Linger);
    }

    [Fact]
    public void TryParse_EveryOption_TypedOptions()
    {
        var args = new MonitorArguments(new ListenAddress("127.0.0.1", 9464), new Uri("http://127.0.0.1:4318"), new ListenAddress("::1", 5665), TimeSpan.FromMinutes(2));

        Assert.True(MonitorArgumentParser.TryParse(args, NoEnvironment, out var request, out _));

        Assert.Equal(new ListenAddress("127.0.0.1", 9464), request!.Options.MetricsListen);
        Assert.Equal(new ListenAddress("::1", 5665), request.Options.WebListen);
        Assert.Equal(new Uri("http://127.0.0.1:4318"), request.Options.OtlpEndpoint);
        Assert.Equal(TimeSpan.FromMinutes(2), request.Linger);
    }

    [Fact]
    public void TryParse_OtlpOnlyInTheEnvironment_UsesTheStandardVariable()
    {
        Assert.True(MonitorArgumentParser.TryParse(MonitorArguments.None, name => name == "OTEL_EXPORTER_OTLP_ENDPOINT" ? "http://127.0.0.1:4318" : null, out var request, out _));

        Assert.Equal(new Uri("http://127.0.0.1:4318"), request!.Options.OtlpEndpoint);
    }

    [Fact]
    public void TryParse_OtlpFlagAndVariable_FlagWins()
    {
        var args = MonitorArguments.None with { Otlp = new Uri("http://127.0.0.1:1111") };

        Assert.True(MonitorArgumentParser.TryParse(args, _ => "http://127.0.0.1:2222", out var request, out _));

        Assert.Equal(new Uri("http://127.0.0.1:1111"), request!.Options.OtlpEndpoint);
    }

    [Theory]
    [InlineData(9000, 9000, null, "--metrics-listen and --web: both ask for 127.0.0.1:9000; the dashboard serves /metrics too, so drop --metrics-listen or pick another port")]
    [InlineData(null, null, 60, "--web-linger: only means something with --web or --metrics-listen")]
    public void TryParse_BadCombination_OneLineErrorNamingTheOption(int? metricsPort, int? webPort, int? lingerSeconds, string expected)
    {
        var args = new MonitorArguments(
            metricsPort is { } m ? new ListenAddress("127.0.0.1", m) : null,
            null,
            webPort is { } w ? new ListenAddress("127.0.0.1", w) : null,
            lingerSeconds is { } l ? TimeSpan.FromSeconds(l) : null);

        Assert.False(MonitorArgumentParser.TryParse(args, NoEnvironment, out var request, out var error));

        Assert.Null(request);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_BadVariable_NamesTheVariable()
    {
        Assert.False(MonitorArgumentParser.TryParse(MonitorArguments.None, _ => "localhost:4318", out _, out var error));

        Assert.StartsWith("OTEL_EXPORTER_OTLP_ENDPOINT: expected an absolute http://", error, StringComparison.Ordinal);
    }
}
