using System.CommandLine;
using ChatSwarm.Cli.Cluster;
using ChatSwarm.Cli.Parsing;
using ChatSwarm.Cli.Run;

namespace ChatSwarm.Cli.Commands;

/// <summary><c>chatswarm worker --join HOST:PORT</c>: joins a coordinator's cluster and runs the share of the run it is given.</summary>
internal static class WorkerCommand
{
    /// <summary>Builds the command; <paramref name="context"/> supplies the writers and the stop signals.</summary>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var join = ClusterArgumentParser.EndpointOption("--join", $"The coordinator's address HOST:PORT, as given to its --listen (or {ClusterArgumentParser.JoinVariable}).");
        var listen = ClusterArgumentParser.EndpointOption("--listen", "This worker's cluster address HOST:PORT (default: the interface that reaches the coordinator, a free port).");
        var tenant = TypedOption.HttpUrl("--tenant", "Send this worker's traffic to this Messaging API base URL instead of the coordinator's target (e.g. one simulator per worker in a benchmark).", TargetOverrides.TenantExpected);
        var output = TypedOption.Folder("--out", "Folder for this worker's own report, written only when the coordinator is lost (default reports).", context.CurrentDirectory);
        var akkaConfig = AkkaConfigFile.CreateOption(context.CurrentDirectory);

        var command = new Command(
            "worker",
            "Join a cluster run: wait for the coordinator ('chatswarm run PROFILE --workers N --listen HOST:PORT') to send the profile, bots and this "
            + "worker's share, run it from the shared start time, and stream metrics back every second. No local profile or bot files are needed. "
            + "Exit codes: 0 the share ran and the coordinator has its results; 2 bad input, the coordinator could not be joined, or it was lost mid-run "
            + "(then this worker ends its chats and writes its own report under --out).")
        {
            join, listen, tenant, output, akkaConfig,
        };
        command.SetAction((parseResult, _) => WorkerCommandHandler.ExecuteAsync(
            new WorkerArguments(
                parseResult.GetValue(join),
                parseResult.GetValue(listen),
                parseResult.GetValue(tenant),
                parseResult.GetValue(output),
                parseResult.GetValue(akkaConfig)),
            context));
        return command;
    }
}
