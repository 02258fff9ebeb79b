using System.Diagnostics;
using ChatSwarm.Simulator.AgentDesktop;
using ChatSwarm.Simulator.Api;
using ChatSwarm.Simulator.Sessions;
using ChatSwarm.Simulator.Stats;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatSwarm.Simulator;

/// <summary>
/// A running simulated tenant: Kestrel serving the Messaging API v2 (/clientweb/api/v2/), the agent desktop
/// (/agentdesktop/) and stats (/simulator/stats). Start one in process with <see cref="StartAsync(SimulatorOptions, CancellationToken)"/>, or run the
/// standalone server with <see cref="RunAsync"/>.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatorEngine _engine;
    private int _disposed;

    private SimulatorHost(WebApplication app, SimulatorEngine engine, AgentControl agents, Uri baseAddress)
    {
        _app = app;
        _engine = engine;
        BaseAddress = baseAddress;
        Agents = agents;
    }

    /// <summary>The server root, e.g. http://127.0.0.1:54321/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The Messaging API prefix, BaseAddress + "clientweb/api/v2/".</summary>
    public Uri ApiBaseAddress => new(BaseAddress, "clientweb/api/v2/");

    /// <summary>The tenantUrl query value the simulator accepts.</summary>
    public string TenantUrl => _engine.Options.TenantUrl;

    /// <summary>The first configured app id.</summary>
    public string AppId => _engine.Options.AppIds[0];

    /// <summary>The settings the simulator runs with.</summary>
    public SimulatorOptions Options => _engine.Options;

    /// <summary>Drives the simulated agents exactly (the in-process twin of /agentdesktop/).</summary>
    public AgentControl Agents { get; }

    /// <summary>The same data as GET /simulator/stats.</summary>
    /// <returns>A snapshot.</returns>
    public SimulatorStats GetStats() => _engine.GetStats();

    /// <summary>Whether a Get New Chat Events request for the chat is being held right now (lets tests sequence concurrent polls).</summary>
    internal bool IsPollHeld(string chatId) => _engine.Find(chatId)?.IsPollHeld == true;

    /// <summary>How many Get New Chat Events requests are held right now.</summary>
    internal int HeldPolls => _engine.CountHeldPolls();

    /// <summary>Starts a simulator on 127.0.0.1 with an ephemeral port.</summary>
    /// <param name="options">The settings; invalid ones throw <see cref="Configuration.Validation.OptionsValidationException"/> listing every problem.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The started host; dispose it to stop.</returns>
    public static Task<SimulatorHost> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, ["http://127.0.0.1:0"], cancellationToken);

    /// <summary>Starts a simulator on the given URLs (e.g. http://127.0.0.1:8080).</summary>
    /// <param name="options">The settings; invalid ones throw <see cref="Configuration.Validation.OptionsValidationException"/> listing every problem.</param>
    /// <param name="urls">Listen URLs.</param>
    /// <param name="cancellationToken">Cancels start-up.</param>
    /// <returns>The started host; dispose it to stop.</returns>
    public static async Task<SimulatorHost> StartAsync(SimulatorOptions options, IReadOnlyList<string> urls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(urls);
        options.Validate();
        if (urls.Count == 0) throw new ArgumentException("At least one listen URL is needed, e.g. http://127.0.0.1:8080.", nameof(urls));
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && !(uri.Scheme == Uri.UriSchemeHttps && options.Certificate is not null)))
                throw new ArgumentException($"Listen URL '{url}' is not valid: expected http://host:port, e.g. http://127.0.0.1:8080 (https:// needs a certificate).", nameof(urls));
        }

        var engine = new SimulatorEngine(options);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        if (options.Certificate is not null) builder.WebHost.UseKestrelHttpsConfiguration();

        // The embedding command owns SIGTERM/SIGINT/SIGQUIT (end the chats, write the reports); the default console
        // lifetime would take those signals and only stop this web host.
        builder.Services.AddSingleton<IHostLifetime, CommandOwnedLifetime>();
        builder.WebHost.UseSockets(s => s.Backlog = 4096);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            // Past the descriptor limit the process would fail at random (accept, files, timers); refusing the extra
            // connections keeps every served one healthy.
            k.Limits.MaxConcurrentConnections = options.MaxConnections;
            if (options.Certificate is { } certificate) k.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate);
            k.Limits.MaxConcurrentUpgradedConnections = null;

            // Room for a 25 MB upload plus multipart overhead; the upload endpoint lifts the limit itself so
            // anything larger is read and answered 5501 instead of resetting the connection.
            k.Limits.MaxRequestBodySize = 32L * 1024 * 1024;
            k.Limits.KeepAliveTimeout = TimeSpan.FromMinutes(2);
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(30);
        });
        builder.WebHost.UseUrls([.. urls]);
        builder.Services.AddRouting();

        var app = builder.Build();
        if (options.RequestLog is { } log) app.Use(RequestLogging(log));
        app.UseRouting();
        new MessagingApi(engine).Map(app);
        var agents = new AgentControl(engine);
        new AgentDesktopApi(agents).Map(app);
        StatsApi.Map(app, engine);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            engine.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorHost(app, engine, agents, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Runs a standalone simulator until <paramref name="cancellationToken"/> is cancelled (chatswarm simulate).</summary>
    /// <param name="options">The settings.</param>
    /// <param name="urls">Listen URLs.</param>
    /// <param name="cancellationToken">Stops the server.</param>
    /// <param name="started">Called with the host once it listens, e.g. to print its address.</param>
    /// <returns>Completes when stopped.</returns>
    public static async Task RunAsync(SimulatorOptions options, IReadOnlyList<string> urls, CancellationToken cancellationToken, Action<SimulatorHost>? started = null)
    {
        var host = await StartAsync(options, urls, cancellationToken).ConfigureAwait(false);
        await using (host.ConfigureAwait(false))
        {
            started?.Invoke(host);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Cancellation is the normal way to stop the standalone server.
            }
        }
    }

    /// <summary>Stops the server and every timer.</summary>
    /// <returns>Completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _engine.ReleaseHeldPolls();
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            try
            {
                await _app.StopAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Held polls are dropped when the stop deadline passes; that is fine for a simulator.
            }
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _engine.Dispose();
    }

    private static Func<RequestDelegate, RequestDelegate> RequestLogging(Action<string> log) => next => async context =>
    {
        var started = Stopwatch.GetTimestamp();
        await next(context).ConfigureAwait(false);
        log($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString} -> {context.Response.StatusCode} in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms");
    };
}
