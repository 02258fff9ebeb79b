using ChatSwarm.Configuration.Validation;
using ChatSwarm.Swarm.Thresholds;

namespace ChatSwarm.Monitoring;

/// <summary>What a <see cref="RunMonitor"/> exports while a run goes; the monitor checks it once with <see cref="Validate"/>.</summary>
public sealed record MonitoringOptions : IValidatableOptions
{
    /// <summary>Where Prometheus text is served at <c>/metrics</c>; default null (no endpoint).</summary>
    public ListenAddress? MetricsListen { get; init; }

    /// <summary>Where the live dashboard is served at <c>/</c>; default null (no dashboard).</summary>
    public ListenAddress? WebListen { get; init; }

    /// <summary>OTLP/HTTP base endpoint (e.g. http://127.0.0.1:4318); <c>/v1/metrics</c> is appended unless present; default null (no push).</summary>
    public Uri? OtlpEndpoint { get; init; }

    /// <summary>How often metrics are pushed over OTLP; default 10 seconds.</summary>
    public TimeSpan OtlpExportInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Value of the <c>worker</c> label on every series (a cluster worker's name); default null (no label).</summary>
    public string? Worker { get; init; }

    /// <summary>The profile's name, shown on the dashboard and in <c>chatswarm_run_info</c>; default "profile".</summary>
    public string ProfileName { get; init; } = "profile";

    /// <summary>The profile's thresholds, evaluated every second for the threshold status; default none.</summary>
    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>How many seconds of history the dashboard replays to a browser that connects late; default 900 (15 minutes).</summary>
    public int DashboardHistorySeconds { get; init; } = 900;

    /// <summary>The clock for the dashboard's one-second updates; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>True when anything is exported.</summary>
    public bool Enabled => MetricsListen is not null || WebListen is not null || OtlpEndpoint is not null;

    /// <summary>Throws <see cref="OptionsValidationException"/> listing every problem of <see cref="FindProblems"/>; <see cref="RunMonitor"/> calls it.</summary>
    public void Validate() => OptionsValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public IEnumerable<string> FindProblems()
    {
        if (OtlpEndpoint is { } otlp && (!otlp.IsAbsoluteUri || (otlp.Scheme != Uri.UriSchemeHttp && otlp.Scheme != Uri.UriSchemeHttps)))
            yield return $"OtlpEndpoint: expected an absolute http:// or https:// URL, got '{otlp}'";
        if (OtlpExportInterval < TimeSpan.FromMilliseconds(100) || OtlpExportInterval > TimeSpan.FromHours(1))
            yield return $"OtlpExportInterval: expected between 100ms and 1h, got {OtlpExportInterval}";
        if (DashboardHistorySeconds is < 1 or > 86_400)
            yield return $"DashboardHistorySeconds: expected between 1 and 86400 seconds, got {DashboardHistorySeconds}";
        if (Worker is { } worker && string.IsNullOrWhiteSpace(worker)) yield return "Worker: expected a label or null, got a blank one";
        if (Thresholds is null) yield return "Thresholds: expected a list (empty for none), got null";
        if (TimeProvider is null) yield return "TimeProvider: expected a clock, got null";
        if (ProfileName is null) yield return "ProfileName: expected the profile's name, got null";
    }
}
