using System.Globalization;
using ChatSwarm.Reports.Model;

namespace ChatSwarm.Reports.JUnit;

/// <summary>Turns a run report into JUnit suites: one case per threshold and one per bot script's expectations.</summary>
public static class RunJUnit
{
    /// <summary>Class name of the threshold cases.</summary>
    public const string ThresholdClass = "chatswarm.thresholds";

    /// <summary>Class name of the bot expectation cases.</summary>
    public const string ExpectationClass = "chatswarm.bots";

    /// <summary>Builds the suites of <paramref name="report"/>.</summary>
    /// <param name="report">The run's report.</param>
    /// <param name="stopReason">Why the run stopped early, or null; when set, a "run" case fails with it.</param>
    /// <returns>The suites: "thresholds", "bot expectations" and, for a run stopped early, "run".</returns>
    public static IReadOnlyList<JUnitSuite> Build(RunReport report, string? stopReason)
    {
        ArgumentNullException.ThrowIfNull(report);
        var start = report.Run.StartedAt;
        double duration = report.Run.DurationS;
        var thresholds = report.Thresholds
            .Select(t => new JUnitCase(t.Expression, ThresholdClass, 0, t.Held ? null : $"threshold failed: measured {Measured(t.Value)}"))
            .ToList();
        var bots = report.Bots.Select(b =>
        {
            long total = b.ExpectationsMet + b.ExpectationsFailed;
            string name = $"{b.Script}: expectations";
            if (total == 0)
            {
                return new JUnitCase(name, ExpectationClass, 0, Skipped: true);
            }

            string? failure = b.ExpectationsFailed == 0
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"{b.ExpectationsFailed} of {total} expectations failed across {b.Conversations} conversations");
            return new JUnitCase(name, ExpectationClass, 0, failure);
        }).ToList();

        var suites = new List<JUnitSuite>
        {
            new("thresholds", start, duration, thresholds),
            new("bot expectations", start, duration, bots),
        };
        if (stopReason is not null)
        {
            suites.Add(new JUnitSuite("run", start, duration, [new JUnitCase("run completed", "chatswarm.run", duration, "stopped early: " + stopReason)]));
        }

        return suites;
    }

    private static string Measured(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "nothing (no data)";
}
