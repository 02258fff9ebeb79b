using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatSwarm.Bench.Swarm;

/// <summary>
/// What consumes a run's live exports, in the bench's parent process (as Prometheus, a browser and a collector would be
/// in their own processes): /metrics scraped every second, the dashboard's event stream read, and an OTLP/HTTP sink
/// answering 200. The measured child only serves and pushes.
/// </summary>
internal sealed class ExportConsumers : IAsyncDisposable
{
    private readonly WebApplication _sink;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _consumers = [];
    private long _scrapes;
    private long _events;
    private long _pushes;

    private ExportConsumers(WebApplication sink, int otlpPort)
    {
        _sink = sink;
        OtlpUrl = new Uri($"http://127.0.0.1:{otlpPort}");
    }

    public Uri OtlpUrl { get; }

    public string Summary => $"{Interlocked.Read(ref _scrapes)} scrapes, {Interlocked.Read(ref _events)} dashboard reads, {Interlocked.Read(ref _pushes)} OTLP pushes";

    public static async Task<ExportConsumers> StartAsync(int metricsPort, int webPort, int otlpPort)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, otlpPort));
        builder.Services.AddRoutingCore();
        var sink = builder.Build();
        var consumers = new ExportConsumers(sink, otlpPort);
        sink.UseRouting();
        sink.MapPost("/v1/metrics", async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            Interlocked.Increment(ref consumers._pushes);
            context.Response.StatusCode = 200;
        });
        await sink.StartAsync();
        consumers._consumers.Add(consumers.ScrapeAsync(new Uri($"http://127.0.0.1:{metricsPort}/metrics")));
        consumers._consumers.Add(consumers.StreamAsync(new Uri($"http://127.0.0.1:{webPort}/events")));
        return consumers;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_consumers.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default)));
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
            try
            {
                await _http.GetStringAsync(metrics, _stop.Token);
                Interlocked.Increment(ref _scrapes);
            }
            catch (HttpRequestException)
            {
                // The child is not listening yet (or has just stopped).
            }
        }
    }

    private async Task StreamAsync(Uri events)
    {
        var buffer = new byte[16 * 1024];
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var stream = await _http.GetStreamAsync(events, _stop.Token);
                while (await stream.ReadAsync(buffer, _stop.Token) > 0)
                {
                    Interlocked.Increment(ref _events);
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, _stop.Token);
            }
            catch (IOException)
            {
                await Task.Delay(200, _stop.Token);
            }
        }
    }
}
