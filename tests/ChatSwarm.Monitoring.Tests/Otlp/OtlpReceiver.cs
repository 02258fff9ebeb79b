using System.Collections.Concurrent;
using ChatSwarm.Monitoring.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChatSwarm.Monitoring.Tests.Otlp;

/// <summary>A local OTLP/HTTP receiver on 127.0.0.1: accepts POST /v1/metrics (application/x-protobuf) and keeps what arrives, decoded.</summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<List<OtlpMetric>> _requests = new();
    private readonly ConcurrentQueue<string> _contentTypes = new();

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<List<OtlpMetric>> Requests => _requests.ToArray();

    public IReadOnlyList<string> ContentTypes => _contentTypes.ToArray();

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.UseRouting();
        app.MapPost("/v1/metrics", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            receiver._contentTypes.Enqueue(context.Request.ContentType ?? "");
            receiver._requests.Enqueue(OtlpDecoder.Decode(body.ToArray()));
            context.Response.ContentType = "application/x-protobuf";
            context.Response.StatusCode = 200;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.BaseAddress = new Uri(address);
        return receiver;
    }

    public Task WaitForAsync(Func<IReadOnlyList<List<OtlpMetric>>, bool> condition, string what) =>
        Eventually.ValueAsync(() => Task.FromResult(Requests), condition, TimeSpan.FromSeconds(30), what);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
