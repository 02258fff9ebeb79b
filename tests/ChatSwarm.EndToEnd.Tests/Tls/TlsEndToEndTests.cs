using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using ChatSwarm.EndToEnd.Tests.Run;
using ChatSwarm.Simulator;

namespace ChatSwarm.EndToEnd.Tests.Tls;

/// <summary>
/// A local HTTPS simulator with a self-signed certificate: verified by default (the run stops before any customer with
/// one line), trusted with --ca-cert, skipped with --insecure (warned and recorded); wrong names, plain HTTP where
/// HTTPS was asked and nothing listening are named too.
/// </summary>
public sealed class TlsEndToEndTests
{
    [Fact]
    public async Task Run_SelfSignedTenantByDefault_StopsWithOneLineNamingTheUntrustedCertificate()
    {
        using var certificate = TestCertificates.Create("localhost", withLoopbackIp: true);
        await using var tenant = await StartHttpsAsync(certificate);

        using var run = await new CliRun().InvokeAsync(Args(tenant));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.Contains("TLS certificate of 127.0.0.1", line, StringComparison.Ordinal);
        Assert.Contains("is not trusted", line, StringComparison.Ordinal);
        Assert.Contains("--ca-cert", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(run.Directory, "reports")));
    }

    [Fact]
    public async Task Run_CaCertOfTheStagingCa_VerifiesAndRuns()
    {
        using var certificate = TestCertificates.Create("localhost", withLoopbackIp: true);
        await using var tenant = await StartHttpsAsync(certificate);
        using var run = new CliRun();
        var pem = TestCertificates.WritePem(certificate, run.Directory);

        await run.InvokeAsync([.. Args(tenant), "--ca-cert", pem]);

        Assert.True(run.ExitCode is 0 or 1, run.Out + run.Error);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run.RunFolder, "report.json")));
        Assert.True(report.RootElement.GetProperty("sessions").GetProperty("started").GetInt64() > 0);
        Assert.Equal("verified (extra CA)", report.RootElement.GetProperty("run").GetProperty("tls_verification").GetString());
    }

    [Fact]
    public async Task Run_CaCertButWrongHostName_StopsNamingTheMismatch()
    {
        using var certificate = TestCertificates.Create("tenant.example.com", withLoopbackIp: false);
        await using var tenant = await StartHttpsAsync(certificate);
        using var run = new CliRun();
        var pem = TestCertificates.WritePem(certificate, run.Directory);

        await run.InvokeAsync([.. Args(tenant), "--ca-cert", pem]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.Contains("does not match the host name '127.0.0.1'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Insecure_WarnsRunsAndRecordsItInTheReport()
    {
        using var certificate = TestCertificates.Create("localhost", withLoopbackIp: false);
        await using var tenant = await StartHttpsAsync(certificate);

        using var run = await new CliRun().InvokeAsync([.. Args(tenant), "--insecure"]);

        Assert.True(run.ExitCode is 0 or 1, run.Out + run.Error);
        Assert.Contains("WARNING: --insecure: TLS certificates are NOT verified", run.Error, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(run.RunFolder, "report.json")));
        Assert.Equal("not verified", report.RootElement.GetProperty("run").GetProperty("tls_verification").GetString());
        Assert.True(report.RootElement.GetProperty("sessions").GetProperty("started").GetInt64() > 0);
    }

    [Fact]
    public async Task Run_HttpsAskedOfAPlainHttpTenant_StopsSuggestingHttp()
    {
        await using var tenant = await SimulatorHost.StartAsync(new SimulatorOptions());
        var https = new UriBuilder(tenant.BaseAddress) { Scheme = "https" }.Uri;

        using var run = await new CliRun().InvokeAsync("run", "--tenant", https.ToString(), "--tenant-url", tenant.TenantUrl, "--app-id", tenant.AppId, "--duration", "2s", "--sessions", "2");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.Contains("TLS handshake with 127.0.0.1", line, StringComparison.Ordinal);
        Assert.Contains("use an http:// --tenant URL", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NothingListening_StopsAtOnceNamingConnectionRefused()
    {
        var port = FreePort();

        using var run = await new CliRun().InvokeAsync("run", "--tenant", $"http://127.0.0.1:{port}/", "--tenant-url", "t.example.com", "--app-id", "app", "--duration", "30s", "--sessions", "5");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"chatswarm run: nothing is listening at http://127.0.0.1:{port}/ (connection refused); check --tenant and that the tenant (or chatswarm simulate) is running", run.Error.TrimEnd());
        Assert.False(Directory.Exists(Path.Combine(run.Directory, "reports")));
    }

    private static string[] Args(SimulatorHost tenant) =>
        ["run", "--tenant", tenant.BaseAddress.ToString(), "--tenant-url", tenant.TenantUrl, "--app-id", tenant.AppId, "--duration", "2s", "--sessions", "2", "--seed", "9"];

    private static Task<SimulatorHost> StartHttpsAsync(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) =>
        SimulatorHost.StartAsync(new SimulatorOptions { Certificate = certificate, PollHold = TimeSpan.FromSeconds(1) }, ["https://127.0.0.1:0"]);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
