using ChatSwarm.Configuration.Timing;
using ChatSwarm.Cluster.Hosting;
using System.Globalization;

namespace ChatSwarm.Cli.Cluster;

/// <summary>Validates the cluster options of <c>run</c> and <c>worker</c>; every error is one line naming the option.</summary>
internal static class ClusterArgumentParser
{
    /// <summary>The environment variable <c>chatswarm worker</c> reads when --join is not given.</summary>
    public const string JoinVariable = "CHATSWARM_JOIN";

    /// <summary>How long the coordinator waits for its workers when --join-timeout is not given.</summary>
    public static readonly TimeSpan DefaultJoinTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The most workers one run may have (the plan split deals whole customers; far more workers than this is a typo).</summary>
    public const int MaxWorkers = 1000;

    /// <summary>
    /// Parses run's cluster options: null <paramref name="request"/> with no error is a one-process run (no --workers);
    /// --listen or --join-timeout without --workers is an error.
    /// </summary>
    public static bool TryParseRun(ClusterRunArguments args, out CoordinatorRequest? request, out string? error)
    {
        request = null;
        error = null;
        if (args.Workers is null)
        {
            if (args.Listen is not null || args.JoinTimeout is not null)
            {
                error = $"{(args.Listen is not null ? "--listen" : "--join-timeout")}: only with --workers N (the coordinator of a cluster run)";
                return false;
            }

            return true;
        }

        if (!int.TryParse(args.Workers, NumberStyles.None, CultureInfo.InvariantCulture, out var workers) || workers < 1 || workers > MaxWorkers)
        {
            error = $"--workers: expected a whole number of workers from 1 to {MaxWorkers}, got '{args.Workers}'";
            return false;
        }

        if (args.Listen is null)
        {
            error = $"--listen: required with --workers; expected the address workers join, {ClusterEndpoint.ExpectedForm}";
            return false;
        }

        if (!TryParseEndpoint("--listen", args.Listen, out var listen, out error))
        {
            return false;
        }

        if (listen!.IsWildcard)
        {
            error = $"--listen: '{args.Listen}' is every interface, which workers cannot join; expected the address workers reach this machine at, e.g. 10.0.0.5:4053";
            return false;
        }

        var joinTimeout = DefaultJoinTimeout;
        if (args.JoinTimeout is { } timeoutText)
        {
            if (!DurationParser.TryParse(timeoutText, out var value, out var timeoutError) || value <= TimeSpan.Zero)
            {
                error = $"--join-timeout: expected {DurationParser.ExpectedForm} (positive), got '{timeoutText}'" + (timeoutError is null ? "" : $" ({timeoutError})");
                return false;
            }

            joinTimeout = value;
        }

        request = new CoordinatorRequest(workers, listen, joinTimeout);
        return true;
    }

    /// <summary>Parses worker's options; <paramref name="environment"/> supplies CHATSWARM_JOIN.</summary>
    public static bool TryParseWorker(WorkerArguments args, Func<string, string?> environment, out WorkerRequest? request, out string? error)
    {
        request = null;
        error = null;
        var joinText = args.Join ?? environment(JoinVariable);
        if (string.IsNullOrWhiteSpace(joinText))
        {
            error = $"--join: required (or {JoinVariable}); expected the coordinator's --listen address, {ClusterEndpoint.ExpectedForm}";
            return false;
        }

        if (!TryParseEndpoint(args.Join is null ? JoinVariable : "--join", joinText, out var join, out error))
        {
            return false;
        }

        if (join!.Port == 0 || join.IsWildcard)
        {
            error = $"{(args.Join is null ? JoinVariable : "--join")}: expected the coordinator's address and port as it printed them, e.g. 10.0.0.5:4053, got '{joinText}'";
            return false;
        }

        ClusterEndpoint? listen = null;
        if (args.Listen is not null)
        {
            if (!TryParseEndpoint("--listen", args.Listen, out listen, out error))
            {
                return false;
            }

            if (listen!.IsWildcard)
            {
                error = $"--listen: '{args.Listen}' is every interface, which the coordinator cannot reach; expected this machine's address, e.g. 10.0.0.6:0";
                return false;
            }
        }

        if (args.Tenant is { } tenant
            && (!Uri.TryCreate(tenant, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            error = $"--tenant: expected an absolute http:// or https:// URL, got '{ChatSwarm.Client.SafeUrl.Display(tenant)}'";
            return false;
        }

        if (args.Out is { } outDir && string.IsNullOrWhiteSpace(outDir))
        {
            error = "--out: expected a folder path";
            return false;
        }

        request = new WorkerRequest(join, listen, args.Tenant is null ? null : new Uri(args.Tenant), args.Out ?? Reports.Writing.ReportPaths.DefaultRoot);
        return true;
    }

    private static bool TryParseEndpoint(string option, string text, out ClusterEndpoint? endpoint, out string? error)
    {
        if (ClusterEndpoint.TryParse(text, out endpoint, out var problem))
        {
            error = null;
            return true;
        }

        error = $"{option}: {problem}";
        return false;
    }
}

/// <summary>A validated coordinator request.</summary>
/// <param name="Workers">How many workers to wait for.</param>
/// <param name="Listen">The coordinator's cluster address.</param>
/// <param name="JoinTimeout">How long to wait for them.</param>
internal sealed record CoordinatorRequest(int Workers, ClusterEndpoint Listen, TimeSpan JoinTimeout);

/// <summary>A validated worker request.</summary>
/// <param name="Join">The coordinator's address.</param>
/// <param name="Listen">This worker's address, or null to pick one.</param>
/// <param name="Tenant">A per-worker target override, or null.</param>
/// <param name="OutRoot">Where the worker's own report goes when the coordinator is lost.</param>
internal sealed record WorkerRequest(ClusterEndpoint Join, ClusterEndpoint? Listen, Uri? Tenant, string OutRoot);
