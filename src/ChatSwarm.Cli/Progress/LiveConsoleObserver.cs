using System.Globalization;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Running;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ChatSwarm.Cli.Progress;

/// <summary>
/// The live console: one panel redrawn each second with the phase, active/target sessions, requests/s, p95, errors
/// by code and restarts, plus each distinct background error once with its running count and the latest notices.
/// </summary>
internal sealed class LiveConsoleObserver : ISwarmObserver
{
    private const int NoticesShown = 5;

    private readonly Serilog.ILogger _log;
    private readonly Queue<SwarmNotice> _notices = new();
    private LiveDisplayContext? _context;
    private SwarmProgress? _last;

    public LiveConsoleObserver(Serilog.ILogger log) => _log = log;

    /// <summary>Connects the observer to the live display it redraws.</summary>
    public void Attach(LiveDisplayContext context) => _context = context;

    public void OnProgress(SwarmProgress progress)
    {
        _last = progress;
        Redraw();
    }

    public void OnNotice(SwarmNotice notice)
    {
        NoticeLog.Write(_log, notice);
        _notices.Enqueue(notice);
        while (_notices.Count > NoticesShown)
        {
            _notices.Dequeue();
        }

        Redraw();
    }

    /// <summary>The panel for the latest progress (or a waiting message before the first one).</summary>
    public IRenderable Render()
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        if (_last is { } p)
        {
            grid.AddRow("[bold]time[/]", Markup.Escape(ProgressText.Clock(p)));
            grid.AddRow("[bold]phase[/]", Markup.Escape(p.Stopping ? "stopping: ending chats" : $"{p.PhaseIndex + 1}: {p.Phase}"));
            grid.AddRow("[bold]sessions[/]", Markup.Escape(ProgressText.Sessions(p)));
            grid.AddRow("[bold]requests/s[/]", Markup.Escape(ProgressText.Rps(p)));
            grid.AddRow("[bold]p95[/]", Markup.Escape(ProgressText.P95(p)));
            grid.AddRow("[bold]restarts[/]", p.Metrics.Sessions.Restarts.ToString(CultureInfo.InvariantCulture));
            grid.AddRow("[bold]errors[/]", ErrorLines(p.Metrics));
        }
        else
        {
            grid.AddRow("[bold]starting[/]", "");
        }

        foreach (var notice in _notices)
        {
            var label = notice.Level switch
            {
                SwarmNoticeLevel.Error => "[red]error[/]",
                SwarmNoticeLevel.Warning => "[yellow]warning[/]",
                _ => "[grey]info[/]",
            };
            grid.AddRow(label, Markup.Escape(notice.Message));
        }

        return new Panel(grid).Header("chatswarm run").Expand();
    }

    private static string ErrorLines(MetricsSnapshot metrics)
    {
        if (metrics.Errors.Count == 0)
        {
            return "[green]none[/]";
        }

        return string.Join('\n', metrics.Errors
            .OrderByDescending(e => e.Count)
            .Take(8)
            .Select(e => Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{e.Step} {e.Code} {e.Name} ×{e.Count}"))));
    }

    private void Redraw()
    {
        if (_context is null)
        {
            return;
        }

        _context.UpdateTarget(Render());
        _context.Refresh();
    }
}
