using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace ChatSwarm.Cli.Logging;

/// <summary>Writes log events as one plain line each (<c>WRN message</c>) to a writer: the console, or a test's writer.</summary>
internal sealed class TextWriterSink : ILogEventSink
{
    private readonly TextWriter _writer;
    private readonly object _gate = new();

    public TextWriterSink(TextWriter writer) => _writer = writer;

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        var level = logEvent.Level switch
        {
            LogEventLevel.Fatal => "FTL",
            LogEventLevel.Error => "ERR",
            LogEventLevel.Warning => "WRN",
            LogEventLevel.Information => "INF",
            _ => "DBG",
        };
        var line = level + " " + logEvent.RenderMessage(CultureInfo.InvariantCulture);
        lock (_gate)
        {
            _writer.WriteLine(line);
        }
    }
}
