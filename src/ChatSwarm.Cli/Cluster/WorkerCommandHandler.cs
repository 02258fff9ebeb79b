using ChatSwarm.Cli.Run;

namespace ChatSwarm.Cli.Cluster;

/// <summary><c>chatswarm worker</c>: joins the coordinator's cluster and runs the share it is given.</summary>
internal static partial class WorkerCommandHandler
{
    private const string Prefix = "chatswarm worker: ";

    public static async Task<int> ExecuteAsync(WorkerArguments arguments, CliContext context)
    {
        if (!ClusterArgumentParser.TryParseWorker(arguments, Environment.GetEnvironmentVariable, out var request, out var error))
        {
            await context.Error.WriteLineAsync(Prefix + error).ConfigureAwait(false);
            return Swarm.Running.SwarmExitCode.SetupError;
        }

        await context.Error.WriteLineAsync(Prefix + $"cluster mode is being built; cannot join {request!.Join} yet").ConfigureAwait(false);
        return Swarm.Running.SwarmExitCode.SetupError;
    }
}
