using ChatSwarm.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatSwarm.Bench.Swarm;

/// <summary>
/// Every live export of a run, with its consumers, in the measured process: a <see cref="RunMonitor"/> serving /metrics
/// (scraped every second) and the dashboard (one server-sent-events reader), and pushing OTLP every second to a local
/// sink that answers 200. Worst case: in real use Prometheus, the browser and the collector are other processes.
/// </summary>
internal sealed class LiveExports : IAsyncDisposable
{
    private readonly WebApplication _sink;
    private readonly HttpClient _http = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _consumers = [];

    private LiveExports(WebApplication sink, RunMonitor monitor)
    {
        _sink = sink;
        Monitor = monitor;
    }

    public RunMonitor Monitor { get; }

    public static async Task<LiveExports> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var sink = builder.Build();
        sink.UseRouting();
        sink.MapPost("/v1/metrics", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Response.StatusCode = 200;
        });
        await sink.StartAsync(cancellationToken);
        var sinkUrl = new Uri(sink.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var monitor = await RunMonitor.StartAsync(new MonitoringOptions
        {
            MetricsListen = new ListenAddress("127.0.0.1", 0),
            WebListen = new ListenAddress("127.0.0.1", 0),
            OtlpEndpoint = sinkUrl,
            OtlpExportInterval = TimeSpan.FromSeconds(1),
            ProfileName = "bench",
        }, cancellationToken);
        var exports = new LiveExports(sink, monitor);
        exports._consumers.Add(exports.ScrapeAsync(monitor.MetricsUrl!));
        exports._consumers.Add(exports.StreamAsync(new Uri(monitor.DashboardUrl!, "events")));
        return exports;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_consumers.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default)));
        await Monitor.DisposeAsync();
        await _sink.StopAsync();
        await _sink.DisposeAsync();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ScrapeAsync(Uri metrics)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(_stop.Token))
        {
            await _http.GetStringAsync(metrics, _stop.Token);
        }
    }

    private async Task StreamAsync(Uri events)
    {
        using var stream = await _http.GetStreamAsync(events, _stop.Token);
        var buffer = new byte[16 * 1024];
        while (await stream.ReadAsync(buffer, _stop.Token) > 0)
        {
        }
    }
}
