using ChatSwarm.Reports.Model;
using ChatSwarm.Reports.Rendering;
using ChatSwarm.Reports.Writing;

namespace ChatSwarm.Cli.Run;

/// <summary>
/// The last line of defence for "no result is lost": while a run is in progress, an unhandled exception on any thread
/// (which ends the process) first writes every report format from the metrics measured so far. The handler is
/// synchronous because the process is going down; the renderers are synchronous too.
/// </summary>
internal sealed class CrashReport : IDisposable
{
    private readonly string _directory;
    private readonly Func<RunReport> _buildReport;
    private readonly TextWriter _error;
    private int _written;

    private CrashReport(string directory, Func<RunReport> buildReport, TextWriter error)
    {
        _directory = directory;
        _buildReport = buildReport;
        _error = error;
        AppDomain.CurrentDomain.UnhandledException += OnUnhandledException;
    }

    /// <summary>Arms the handler for the duration of a run; dispose to disarm.</summary>
    public static CrashReport Arm(string directory, Func<RunReport> buildReport, TextWriter error) => new(directory, buildReport, error);

    /// <summary>Writes every format now (used by the handler, and by tests).</summary>
    internal void Write(Exception? cause)
    {
        if (Interlocked.Exchange(ref _written, 1) != 0)
        {
            return;
        }

        try
        {
            var report = _buildReport();
            report = report with { Run = report.Run with { TargetBaseUrl = RunInfo.SafeBaseUrl(report.Run.TargetBaseUrl) } };
            Directory.CreateDirectory(_directory);
            foreach (var renderer in ReportRenderers.All)
            {
                File.WriteAllText(Path.Combine(_directory, renderer.FileName), renderer.Render(report, ReportWriterOptions.Default));
            }

            _error.WriteLine($"chatswarm run: crashed ({cause?.GetType().Name}: {cause?.Message}); wrote what was measured to {_directory}");
        }
        catch (Exception ex)
        {
            _error.WriteLine($"chatswarm run: crashed ({cause?.GetType().Name}) and the report could not be written: {ex.Message}");
        }
    }

    public void Dispose() => AppDomain.CurrentDomain.UnhandledException -= OnUnhandledException;

    private void OnUnhandledException(object sender, UnhandledExceptionEventArgs e) => Write(e.ExceptionObject as Exception);
}
