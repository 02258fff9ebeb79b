using System.Net;
using System.Reflection;
using System.Text;
using ChatSwarm.Monitoring.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatSwarm.Monitoring;

/// <summary>The Kestrel endpoints: /metrics on one address, the dashboard (/, /events, /report) on another.</summary>
public sealed partial class RunMonitor
{
    private async Task<(WebApplication App, IReadOnlyList<Uri> Urls)> StartAppAsync(IReadOnlyList<ListenAddress> addresses, Action<WebApplication> map, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = Assembly.GetExecutingAssembly().GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            foreach (var address in addresses)
            {
                if (address.Host == "*")
                {
                    k.ListenAnyIP(address.Port);
                }
                else if (address.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
                {
                    k.ListenLocalhost(address.Port);
                }
                else
                {
                    k.Listen(IPAddress.Parse(address.Host), address.Port);
                }
            }
        });
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.UseRouting();
        map(app);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new IOException($"cannot listen on {string.Join(" and ", addresses)}: {ex.Message}", ex);
        }

        // Kestrel reports one address per listener, in the order they were added.
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
        var urls = new List<Uri>(addresses.Count);
        for (var i = 0; i < addresses.Count; i++)
        {
            var address = addresses[i];
            var text = bound[Math.Min(i, bound.Count - 1)];
            var url = new Uri(text.EndsWith('/') ? text : text + "/");
            if (address.Host == "*")
            {
                // Kestrel reports the wildcard as http://[::]:port; a browser needs a real address.
                url = new UriBuilder(url) { Host = "127.0.0.1" }.Uri;
            }

            urls.Add(url);
        }

        return (app, urls);
    }

    private void MapMetrics(WebApplication app)
    {
        app.MapGet("/metrics", (HttpContext context) => WriteMetricsAsync(context));
        app.MapGet("/", () => Results.Text("ChatSwarm: Prometheus metrics at /metrics\n", "text/plain; charset=utf-8"));
    }

    private void MapDashboard(WebApplication app)
    {
        app.MapGet("/", () => Results.Bytes(DashboardPage.Value, "text/html; charset=utf-8"));
        app.MapGet("/events", (HttpContext context) => StreamEventsAsync(context));
        app.MapGet("/metrics", (HttpContext context) => WriteMetricsAsync(context));
        app.MapGet(DashboardFrames.ReportPath, () =>
            Volatile.Read(ref _frame)?.ReportPath is { } path && File.Exists(path)
                ? Results.File(path, "text/html; charset=utf-8")
                : Results.NotFound());
    }

    private async Task WriteMetricsAsync(HttpContext context)
    {
        context.Response.ContentType = Prometheus.PrometheusText.ContentType;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(PrometheusText(), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Server-sent events: the recent history first, then each new second until the client leaves or the monitor stops.</summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        var feed = _feed!;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        // A reconnecting EventSource says what it already has, so the history is not sent twice.
        _ = long.TryParse(context.Request.Headers["Last-Event-ID"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var last);
        var builder = new StringBuilder();
        try
        {
            await context.Response.WriteAsync("retry: 2000\n\n", stop.Token).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                var (events, next) = feed.Since(last);
                if (events.Count > 0)
                {
                    builder.Clear();
                    foreach (var (sequence, json) in events)
                    {
                        builder.Append("id: ").Append(sequence).Append("\ndata: ").Append(json).Append("\n\n");
                        last = sequence;
                    }

                    await context.Response.WriteAsync(builder.ToString(), stop.Token).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(stop.Token).ConfigureAwait(false);
                }

                await next.WaitAsync(stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser left or the run's monitor is stopping.
        }
    }
}
