using ChatSwarm.Bots.Running;
using ChatSwarm.Reports.JUnit;

namespace ChatSwarm.Cli.Commands;

/// <summary>
/// The JUnit suite of one <c>chatswarm bot</c> conversation: one case per expectation (met or failed, in the order
/// they were decided, each timed from the previous decision) and one case for the conversation as a whole.
/// </summary>
internal static class BotJUnit
{
    public static IReadOnlyList<JUnitSuite> Build(string scriptName, BotConsoleResult run)
    {
        string className = "chatswarm.bot." + scriptName;
        var cases = new List<JUnitCase>();
        var last = run.StartedAt;
        foreach (var entry in run.Entries)
        {
            if (entry.Kind is not ("expect" or "expect_failed"))
            {
                continue;
            }

            double seconds = Math.Max(0, (entry.At - last).TotalSeconds);
            last = entry.At;
            cases.Add(entry.Kind == "expect"
                ? new JUnitCase(entry.Text, className, seconds)
                : new JUnitCase(entry.Text, className, seconds, entry.Text));
        }

        var result = run.Result;
        double total = result?.Elapsed.TotalSeconds ?? 0;
        string? failure = result switch
        {
            null => "the conversation was stopped before its chat started",
            { Outcome: null } => "no conversation: " + string.Join("; ", result.Errors),
            { Outcome.Completed: false } => "not completed: " + result.Outcome.Reason,
            _ => null,
        };
        cases.Add(new JUnitCase("conversation completed", className, total, failure) { Detail = result is null ? null : string.Join("\n", result.Errors) is { Length: > 0 } d ? d : null });
        return [new JUnitSuite(scriptName, run.StartedAt, total, cases)];
    }
}
