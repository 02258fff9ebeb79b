using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ChatSwarm.Cli.Logging;
using ChatSwarm.Cli.Progress;
using ChatSwarm.Cli.Run;
using ChatSwarm.Cluster.Hosting;
using ChatSwarm.Cluster.Working;
using ChatSwarm.Reports.Writing;
using ChatSwarm.Swarm.Running;
using Serilog;

namespace ChatSwarm.Cli.Cluster;

/// <summary>
/// <c>chatswarm worker</c>: joins the coordinator's cluster, runs the share it is given and prints its progress. When the
/// coordinator is lost mid-run it ends its chats, writes its own report under --out and exits 2.
/// </summary>
internal static class WorkerCommandHandler
{
    private const string Prefix = "chatswarm worker: ";

    public static async Task<int> ExecuteAsync(WorkerArguments arguments, CliContext context)
    {
        if (!ClusterArgumentParser.TryParseWorker(arguments, Environment.GetEnvironmentVariable, out var request, out var error))
        {
            return Usage(context, error!);
        }

        if (!AkkaConfigFile.TryRead(arguments.AkkaConfig, out var actorSystem, out var akkaError))
        {
            return Usage(context, akkaError!);
        }

        var listen = request!.Listen ?? new ClusterEndpoint(LocalAddressToward(request.Join.Host), 0);
        using var log = new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Logger(sub => sub
                .Filter.ByExcluding(e => e.Properties.ContainsKey(RunLog.FileOnlyProperty))
                .WriteTo.Sink(new TextWriterSink(context.Out), Serilog.Events.LogEventLevel.Warning))
            .CreateLogger();
        var observer = new PlainConsoleObserver(context.Out, log, TimeSpan.FromSeconds(5));
        WorkerOutcome outcome;
        try
        {
            outcome = await ClusterWorker.RunAsync(
                new WorkerOptions
                {
                    Cluster = new ClusterOptions { Role = ClusterRole.Worker, Listen = listen, Join = request.Join, Hocon = actorSystem.Hocon },
                    Log = log.ForContext(RunLog.FileOnlyProperty, true),
                },
                new CliShareLoader(request.Tenant, actorSystem),
                observer,
                context.StopGracefully,
                context.StopNow).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && IsBindFailure(ex))
        {
            return Usage(context, $"--listen: cannot listen on {listen}: {OneLine(ex.InnerException?.Message ?? ex.Message)}");
        }

        if (outcome.CoordinatorLost && outcome.Result is { } result && outcome.Assignment is { } assignment)
        {
            // The coordinator cannot merge this worker's results any more: they are kept here, as a shard report.
            var report = result.Report with { Run = result.Report.Run with { Id = $"{assignment.RunId}-worker{assignment.Index + 1}" } };
            var directory = Path.GetFullPath(ReportPaths.RunDirectory(
                Path.Combine(context.CurrentDirectory, request.OutRoot),
                report.Run.StartedAt,
                report.Run.Profile,
                string.Create(CultureInfo.InvariantCulture, $"{RunIds.RandomPartOf(assignment.RunId)}-worker{assignment.Index + 1}")));
            try
            {
                Directory.CreateDirectory(directory);
                var files = await ReportWriter.WriteAllAsync(report, directory, null, CancellationToken.None).ConfigureAwait(false);
                context.Out.WriteLine("Report (this worker's share only): " + files.Html);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine(Prefix + $"--out: cannot write this worker's report under '{directory}': {ex.Message}");
            }
        }

        if (outcome.Problem is { } problem)
        {
            return Usage(context, problem);
        }

        var sessions = outcome.Result?.Report.Sessions;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Share done: {sessions?.Started ?? 0} sessions started; results sent to the coordinator."));
        return outcome.ExitCode;
    }

    /// <summary>The local address this machine uses to reach <paramref name="host"/> (no packet is sent), so the coordinator can reach the worker back.</summary>
    internal static string LocalAddressToward(string host)
    {
        try
        {
            var target = IPAddress.TryParse(host, out var ip) ? ip : Dns.GetHostAddresses(host).First();
            if (IPAddress.IsLoopback(target))
            {
                return target.ToString();
            }

            using var socket = new Socket(target.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            socket.Connect(new IPEndPoint(target, 9));
            return ((IPEndPoint)socket.LocalEndPoint!).Address.ToString();
        }
        catch (Exception ex) when (ex is SocketException or InvalidOperationException or ArgumentException)
        {
            return Dns.GetHostName();
        }
    }

    private static bool IsBindFailure(Exception ex) =>
        ex.GetType().FullName?.Contains("RemoteTransportException", StringComparison.Ordinal) == true
        || ex.InnerException is SocketException
        || ex is SocketException;

    private static int Usage(CliContext context, string message)
    {
        context.Error.WriteLine(Prefix + message);
        return SwarmExitCode.SetupError;
    }

    private static string OneLine(string message)
    {
        var newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
