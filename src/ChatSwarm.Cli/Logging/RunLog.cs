using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace ChatSwarm.Cli.Logging;

/// <summary>
/// The run's Serilog logger: a structured file in the run folder (one JSON object per event with the template, the
/// rendered message and its properties; information and up, written off the hot path) and,
/// unless the live console shows notices itself, the console (warnings and up). Nothing logged carries an appId or
/// clientId in full (see <see cref="Swarm.Customers.ClientIds.Mask"/>).
/// </summary>
internal static class RunLog
{
    /// <summary>The log file's name inside the run folder.</summary>
    public const string FileName = "run.log";

    /// <summary>A property marking events the command prints itself at the end, so the console sink leaves them out.</summary>
    public const string ShownAtEndProperty = "ShownAtEnd";

    /// <summary>A property marking events for the file only, such as Akka's own log events: the console is the run's.</summary>
    public const string FileOnlyProperty = "FileOnly";

    public static Serilog.Core.Logger Create(string runDirectory, TextWriter? console)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Async(sink => sink.File(
                new JsonFormatter(renderMessage: true, formatProvider: System.Globalization.CultureInfo.InvariantCulture),
                Path.Combine(runDirectory, FileName),
                restrictedToMinimumLevel: LogEventLevel.Information));
        if (console is not null)
        {
            configuration = configuration.WriteTo.Logger(sub => sub
                .Filter.ByExcluding(e => e.Properties.ContainsKey(ShownAtEndProperty) || e.Properties.ContainsKey(FileOnlyProperty))
                .WriteTo.Sink(new TextWriterSink(console), LogEventLevel.Warning));
        }

        return configuration.CreateLogger();
    }
}
