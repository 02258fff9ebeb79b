using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ChatSwarm.Monitoring.Tests.Support;

/// <summary>
/// Debian's prometheus started on 127.0.0.1 with a temporary config and storage, scraping one target every second.
/// </summary>
internal sealed class PrometheusServer : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/prometheus";

    private readonly Process _process;
    private readonly string _directory;
    private readonly HttpClient _http;
    private readonly StringWriter _output = new();

    private PrometheusServer(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public static async Task<PrometheusServer> StartAsync(Uri metricsUrl)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing; install Debian's prometheus package (.ci/run does this)");
        }

        var directory = Directory.CreateTempSubdirectory("chatswarm-prometheus-").FullName;
        var config = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 900ms
              evaluation_interval: 1s
            scrape_configs:
              - job_name: chatswarm
                metrics_path: {metricsUrl.AbsolutePath}
                static_configs:
                  - targets: ['{metricsUrl.Authority}']
            """);
        var port = FreePort.Next();
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--config.file=" + config,
            "--storage.tsdb.path=" + Path.Combine(directory, "data"),
            "--web.listen-address=127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture),
            "--web.console.templates=" + directory,
            "--web.console.libraries=" + directory,
            "--log.level=warn",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("prometheus did not start");
        var server = new PrometheusServer(process, directory, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => server.Log(e.Data);
        process.ErrorDataReceived += (_, e) => server.Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await Eventually.ValueAsync(server.ReadyAsync, ready => ready, TimeSpan.FromSeconds(60), "prometheus ready (" + server.Output + ")");
        return server;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>An instant query; the value of the first result, or null when the result is empty.</summary>
    public async Task<double?> QueryAsync(string promql)
    {
        var response = await _http.GetStringAsync("api/v1/query?query=" + Uri.EscapeDataString(promql));
        using var json = JsonDocument.Parse(response);
        var root = json.RootElement;
        Assert.Equal("success", root.GetProperty("status").GetString());
        var result = root.GetProperty("data").GetProperty("result");
        if (result.GetArrayLength() == 0)
        {
            return null;
        }

        var text = result[0].GetProperty("value")[1].GetString()!;
        return double.Parse(text, CultureInfo.InvariantCulture);
    }

    /// <summary>The health of the scrape target ("up", "down", "unknown").</summary>
    public async Task<string> TargetHealthAsync()
    {
        var response = await _http.GetStringAsync("api/v1/targets");
        using var json = JsonDocument.Parse(response);
        var active = json.RootElement.GetProperty("data").GetProperty("activeTargets");
        return active.GetArrayLength() == 0 ? "none" : active[0].GetProperty("health").GetString()! + " " + active[0].GetProperty("lastError").GetString();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying process; the temp folder is cleaned up by the system.
        }
    }

    private async Task<bool> ReadyAsync()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException("prometheus exited: " + Output);
        }

        try
        {
            using var response = await _http.GetAsync("-/ready");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.WriteLine(line);
        }
    }
}
