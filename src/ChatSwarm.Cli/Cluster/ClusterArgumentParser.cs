using System.CommandLine;
using ChatSwarm.Cli.Parsing;
using ChatSwarm.Cluster.Hosting;

namespace ChatSwarm.Cli.Cluster;

/// <summary>
/// Checks the cluster options of <c>run</c> and <c>worker</c> together (each was parsed by its option) and takes
/// --join from the environment when it is not given; every error is one line naming the option or variable.
/// </summary>
internal static class ClusterArgumentParser
{
    /// <summary>The environment variable <c>chatswarm worker</c> reads when --join is not given.</summary>
    public const string JoinVariable = "CHATSWARM_JOIN";

    /// <summary>How long the coordinator waits for its workers when --join-timeout is not given.</summary>
    public static readonly TimeSpan DefaultJoinTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The most workers one run may have (the plan split deals whole customers; far more workers than this is a typo).</summary>
    public const int MaxWorkers = 1000;

    /// <summary>A HOST:PORT cluster address option (--listen, --join).</summary>
    public static Option<ClusterEndpoint?> EndpointOption(string name, string description) =>
        TypedOption.Create<ClusterEndpoint?>(name, description, ParseEndpoint);

    /// <summary>
    /// Checks run's cluster options: null <paramref name="request"/> with no error is a one-process run (no --workers);
    /// --listen or --join-timeout without --workers is an error.
    /// </summary>
    public static bool TryParseRun(ClusterRunArguments args, out CoordinatorRequest? request, out string? error)
    {
        request = null;
        error = null;
        if (args.Workers is not { } workers)
        {
            if (args.Listen is not null || args.JoinTimeout is not null)
            {
                error = $"{(args.Listen is not null ? "--listen" : "--join-timeout")}: only with --workers N (the coordinator of a cluster run)";
                return false;
            }

            return true;
        }

        if (args.Listen is not { } listen)
        {
            error = $"--listen: required with --workers; expected the address workers join, {ClusterEndpoint.ExpectedForm}";
            return false;
        }

        if (listen.IsWildcard)
        {
            error = $"--listen: '{listen}' is every interface, which workers cannot join; expected the address workers reach this machine at, e.g. 10.0.0.5:4053";
            return false;
        }

        request = new CoordinatorRequest(workers, listen, args.JoinTimeout ?? DefaultJoinTimeout);
        return true;
    }

    /// <summary>Checks worker's options; <paramref name="environment"/> supplies CHATSWARM_JOIN when --join is not given.</summary>
    public static bool TryParseWorker(WorkerArguments args, Func<string, string?> environment, out WorkerRequest? request, out string? error)
    {
        request = null;
        error = null;
        var source = args.Join is null ? JoinVariable : "--join";
        var join = args.Join;
        if (join is null)
        {
            var joinText = environment(JoinVariable);
            if (string.IsNullOrWhiteSpace(joinText))
            {
                error = $"--join: required (or {JoinVariable}); expected the coordinator's --listen address, {ClusterEndpoint.ExpectedForm}";
                return false;
            }

            try
            {
                join = ParseEndpoint(joinText);
            }
            catch (FormatException ex)
            {
                error = $"{JoinVariable}: {ex.Message}";
                return false;
            }
        }

        if (join.Port == 0 || join.IsWildcard)
        {
            error = $"{source}: expected the coordinator's address and port as it printed them, e.g. 10.0.0.5:4053, got '{join}'";
            return false;
        }

        if (args.Listen is { IsWildcard: true } listen)
        {
            error = $"--listen: '{listen}' is every interface, which the coordinator cannot reach; expected this machine's address, e.g. 10.0.0.6:0";
            return false;
        }

        request = new WorkerRequest(join, args.Listen, args.Tenant, args.Out?.FullName ?? Reports.Writing.ReportPaths.DefaultRoot);
        return true;
    }

    private static ClusterEndpoint ParseEndpoint(string text) => ValueParser.FromTry<ClusterEndpoint>(text, ClusterEndpoint.TryParse);
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
