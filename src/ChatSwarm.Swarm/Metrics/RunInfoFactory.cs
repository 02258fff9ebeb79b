using System.Reflection;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Swarm.Metrics;

/// <summary>Builds the report's <see cref="RunInfo"/> without secrets: the target URL loses user info, query and fragment, and no appId or clientId is included.</summary>
public static class RunInfoFactory
{
    /// <summary>Describes a run.</summary>
    /// <param name="id">Run id (e.g. the run folder name).</param>
    /// <param name="profileName">Load profile name.</param>
    /// <param name="targetBaseUrl">The base URL traffic went to (the embedded simulator's address when it ran); null gives an empty value.</param>
    /// <param name="startedAt">When the run started.</param>
    /// <param name="duration">Wall-clock duration of the run.</param>
    /// <param name="seed">The run seed, if fixed.</param>
    /// <returns>The run info with shards = 1, this tool's version and the current machine.</returns>
    public static RunInfo Create(string id, string profileName, Uri? targetBaseUrl, DateTimeOffset startedAt, TimeSpan duration, long? seed) => new()
    {
        Id = id ?? "",
        Profile = profileName ?? "",
        TargetBaseUrl = Sanitize(targetBaseUrl),
        StartedAt = startedAt,
        DurationS = Math.Round(Math.Max(0, duration.TotalSeconds), 3),
        Shards = 1,
        Seed = seed,
        ToolVersion = ToolVersion,
        Machine = MachineInfo.Current(),
    };

    /// <summary>This tool's version, e.g. "0.1.0".</summary>
    public static string ToolVersion { get; } = ReadVersion();

    /// <summary>The URL without user info, query or fragment; empty for null or relative URLs.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>The safe text.</returns>
    public static string Sanitize(Uri? url) =>
        url is { IsAbsoluteUri: true } ? url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : "";

    private static string ReadVersion()
    {
        var assembly = typeof(RunInfoFactory).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (!string.IsNullOrEmpty(informational))
        {
            int plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus > 0 ? informational[..plus] : informational;
        }

        return assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}
