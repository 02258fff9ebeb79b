using System.Globalization;
using ChatSwarm.Client;
using ChatSwarm.Swarm.Metrics;

namespace ChatSwarm.Swarm.Thresholds;

/// <summary>Turns threshold text into a <see cref="Threshold"/>; every failure is one line saying what is expected.</summary>
internal static class ThresholdParser
{
    /// <summary>The accepted forms, for error messages.</summary>
    public const string ExpectedForms =
        "error_rate < 1%, p95(step) < 2s, max(step) < 5s, mean(step) < 800ms, zero(5509), count(5001) <= 10, rps > 100, completion_rate > 90%, restarts < 50, sessions_failed <= 0, rate(bot_checks) > 99% or bot_checks_failed <= 0";

    private static readonly string[] Operators = ["<=", ">=", "==", "<", ">"];

    public static bool TryParse(string? text, out Threshold? threshold, out string? error)
    {
        threshold = null;
        error = null;
        var expression = (text ?? string.Empty).Trim();
        if (expression.Length == 0)
        {
            error = $"empty threshold; expected {ExpectedForms}";
            return false;
        }

        if (expression.StartsWith("zero", StringComparison.OrdinalIgnoreCase) && IndexOfOperator(expression, out _, out _) < 0)
        {
            if (!TryCall(expression, "zero", out var argument, out error) || !TryCode(expression, argument, out var zeroCode, out error))
            {
                return false;
            }

            threshold = Threshold.Create(expression, ThresholdMetric.ErrorCount, ThresholdComparison.Equal, 0, errorCode: zeroCode);
            return true;
        }

        int at = IndexOfOperator(expression, out var comparison, out var opLength);
        if (at < 0)
        {
            error = $"'{expression}' has no comparison (<, <=, >, >=, ==); expected {ExpectedForms}";
            return false;
        }

        var subject = expression[..at].Trim();
        var limitText = expression[(at + opLength)..].Trim();
        if (IndexOfOperator(limitText, out _, out _) >= 0)
        {
            error = $"'{expression}' has more than one comparison; expected one, e.g. p95(request_chat) < 2s";
            return false;
        }

        string? script = null;
        ThresholdMetric metric;
        string? step = null;
        double? percentile = null;
        int? code = null;
        if (TryBotChecks(expression, subject, out var botMetric, out script, out var botError))
        {
            metric = botMetric;
        }
        else if (botError is not null)
        {
            error = botError;
            return false;
        }
        else if (!TrySubject(expression, subject, out metric, out step, out percentile, out code, out error))
        {
            return false;
        }

        var probe = Threshold.Create(expression, metric, comparison, 0, step, percentile, code, script);
        if (!TryLimit(expression, limitText, probe.Unit, out var limit, out error))
        {
            return false;
        }

        threshold = Threshold.Create(expression, metric, comparison, limit, step, percentile, code, script);
        return true;
    }

    // rate(bot_checks), rate(bot_checks:SCRIPT), bot_checks_failed, bot_checks_failed:SCRIPT. False with a null error
    // when the subject is not a bot-check metric at all.
    private static bool TryBotChecks(string expression, string subject, out ThresholdMetric metric, out string? script, out string? error)
    {
        metric = default;
        script = null;
        error = null;
        string inner;
        var compact = subject.Replace(" ", "", StringComparison.Ordinal);
        if (compact.StartsWith("rate(", StringComparison.OrdinalIgnoreCase) && compact.EndsWith(')'))
        {
            inner = compact[5..^1];
            metric = ThresholdMetric.BotChecksRate;
            if (!inner.StartsWith("bot_checks", StringComparison.OrdinalIgnoreCase))
            {
                error = $"'{expression}': rate(...) measures bot_checks; expected rate(bot_checks) or rate(bot_checks:SCRIPT)";
                return false;
            }

            inner = inner[10..];
        }
        else if (compact.StartsWith("bot_checks_failed", StringComparison.OrdinalIgnoreCase))
        {
            inner = compact[17..];
            metric = ThresholdMetric.BotChecksFailed;
        }
        else
        {
            return false;
        }

        if (inner.Length == 0)
        {
            return true;
        }

        if (inner[0] != ':' || inner.Length == 1)
        {
            error = $"'{expression}': expected bot_checks or bot_checks:SCRIPT, where SCRIPT is a bot script's name";
            return false;
        }

        script = inner[1..];
        return true;
    }

    private static bool TrySubject(string expression, string subject, out ThresholdMetric metric, out string? step, out double? percentile, out int? code, out string? error)
    {
        metric = default;
        step = null;
        percentile = null;
        code = null;
        error = null;
        var lower = subject.ToLowerInvariant();
        switch (lower)
        {
            case "error_rate":
                metric = ThresholdMetric.ErrorRate;
                return true;
            case "rps":
                metric = ThresholdMetric.Rps;
                return true;
            case "completion_rate":
                metric = ThresholdMetric.CompletionRate;
                return true;
            case "restarts":
                metric = ThresholdMetric.Restarts;
                return true;
            case "sessions_failed":
                metric = ThresholdMetric.SessionsFailed;
                return true;
        }

        int open = lower.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0)
        {
            error = $"'{expression}': unknown metric '{subject}'; expected error_rate, pNN(step), max(step), mean(step), count(code), rps, completion_rate, restarts or sessions_failed";
            return false;
        }

        var function = lower[..open].Trim();
        if (!TryCall(expression, subject, function, out var argument, out error))
        {
            return false;
        }

        if (function == "zero")
        {
            error = $"'{expression}': zero(code) takes no comparison; write zero(5509), or count(5509) <= N for a limit";
            return false;
        }

        if (function == "count")
        {
            metric = ThresholdMetric.ErrorCount;
            if (!TryCode(expression, argument, out var parsedCode, out error))
            {
                return false;
            }

            code = parsedCode;
            return true;
        }

        if (function is "max" or "mean")
        {
            metric = function == "max" ? ThresholdMetric.Max : ThresholdMetric.Mean;
        }
        else if (function.Length > 1 && function[0] == 'p'
            && double.TryParse(function[1..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p))
        {
            // "p999" is the usual spelling of the 99.9th percentile.
            var digits = function[1..];
            if (digits.Length > 2 && digits.StartsWith("99", StringComparison.Ordinal) && digits.All(char.IsDigit))
            {
                p = double.Parse("99." + digits[2..], CultureInfo.InvariantCulture);
            }

            if (!(p > 0 && p < 100))
            {
                error = $"'{expression}': percentile '{function}' is out of range; expected p50, p75, p90, p95, p99 or another pNN between 0 and 100";
                return false;
            }

            metric = ThresholdMetric.Percentile;
            percentile = p;
        }
        else
        {
            error = $"'{expression}': unknown function '{function}'; expected p50, p75, p90, p95, p99, max, mean or count";
            return false;
        }

        var name = argument.ToLowerInvariant();
        if (!StepNames.IsKnown(name))
        {
            error = $"'{expression}': unknown step '{argument}'; expected one of {string.Join(", ", StepNames.Methods.Concat(StepNames.ChatMeasures))}";
            return false;
        }

        step = name;
        return true;
    }

    private static bool TryCall(string expression, string name, out string argument, out string? error) =>
        TryCall(expression, expression, name, out argument, out error);

    private static bool TryCall(string expression, string call, string name, out string argument, out string? error)
    {
        argument = string.Empty;
        error = null;
        var trimmed = call.Trim();
        int open = trimmed.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || !trimmed.EndsWith(')') || !string.Equals(trimmed[..open].Trim(), name, StringComparison.OrdinalIgnoreCase))
        {
            error = $"'{expression}': expected {name}(...) with one argument in parentheses";
            return false;
        }

        argument = trimmed[(open + 1)..^1].Trim();
        if (argument.Length == 0 || argument.Contains('(', StringComparison.Ordinal) || argument.Contains(')', StringComparison.Ordinal) || argument.Contains(',', StringComparison.Ordinal))
        {
            error = $"'{expression}': {name}(...) needs exactly one argument, e.g. {(name == "zero" || name == "count" ? name + "(5509)" : name + "(request_chat)")}";
            return false;
        }

        return true;
    }

    private static bool TryCode(string expression, string argument, out int code, out string? error)
    {
        error = null;
        if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out code) && code > 0)
        {
            return true;
        }

        foreach (var value in Enum.GetValues<ApiErrorCode>())
        {
            if (string.Equals(value.GetName(), argument, StringComparison.OrdinalIgnoreCase)
                || string.Equals(value.ToString(), argument, StringComparison.OrdinalIgnoreCase))
            {
                code = (int)value;
                return true;
            }
        }

        error = $"'{expression}': unknown error code '{argument}'; expected a number such as 5509 or a code name such as concurrent_poll";
        return false;
    }

    private static bool TryLimit(string expression, string text, ThresholdUnit unit, out double limit, out string? error)
    {
        limit = 0;
        error = null;
        if (text.Length == 0)
        {
            error = $"'{expression}' has no limit after the comparison; expected {Example(unit)}";
            return false;
        }

        int split = text.EndsWith("/s", StringComparison.OrdinalIgnoreCase) ? text.Length - 2 : text.Length;
        while (split > 0 && (char.IsLetter(text[split - 1]) || text[split - 1] == '%'))
        {
            split--;
        }

        var number = text[..split].Trim();
        var suffix = text[split..].Trim().ToLowerInvariant();
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            || double.IsNaN(amount) || double.IsInfinity(amount))
        {
            error = $"'{expression}': limit '{text}' is not a number; expected {Example(unit)}";
            return false;
        }

        if (amount < 0)
        {
            error = $"'{expression}': limit '{text}' is negative; expected {Example(unit)}";
            return false;
        }

        switch (unit)
        {
            case ThresholdUnit.Percent when suffix == "%":
                if (amount > 100)
                {
                    error = $"'{expression}': limit '{text}' is above 100%; expected {Example(unit)}";
                    return false;
                }

                limit = amount;
                return true;
            case ThresholdUnit.Milliseconds when suffix is "ms" or "s" or "m" or "h":
                limit = amount * suffix switch { "ms" => 1, "s" => 1000, "m" => 60_000, _ => 3_600_000 };
                return true;
            case ThresholdUnit.Count when suffix.Length == 0:
                if (amount != Math.Floor(amount))
                {
                    error = $"'{expression}': limit '{text}' is not a whole number; expected {Example(unit)}";
                    return false;
                }

                limit = amount;
                return true;
            case ThresholdUnit.PerSecond when suffix is "" or "/s":
                limit = amount;
                return true;
            default:
                error = $"'{expression}': limit '{text}' has the wrong unit; expected {Example(unit)}";
                return false;
        }
    }

    private static string Example(ThresholdUnit unit) => unit switch
    {
        ThresholdUnit.Percent => "a percentage such as 1% or 99.5%",
        ThresholdUnit.Milliseconds => "a duration such as 800ms or 2s",
        ThresholdUnit.PerSecond => "a number of calls per second such as 100",
        _ => "a whole number such as 0 or 10",
    };

    private static int IndexOfOperator(string text, out ThresholdComparison comparison, out int length)
    {
        comparison = default;
        length = 0;
        int best = -1;
        foreach (var op in Operators)
        {
            int i = text.IndexOf(op, StringComparison.Ordinal);
            if (i >= 0 && (best < 0 || i < best || (i == best && op.Length > length)))
            {
                best = i;
                length = op.Length;
                comparison = op switch
                {
                    "<=" => ThresholdComparison.LessOrEqual,
                    ">=" => ThresholdComparison.GreaterOrEqual,
                    "==" => ThresholdComparison.Equal,
                    "<" => ThresholdComparison.Less,
                    _ => ThresholdComparison.Greater,
                };
            }
        }

        return best;
    }
}
