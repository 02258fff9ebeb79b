using System.Globalization;

namespace ChatSwarm.Configuration.Timing;

/// <summary>
/// Parses the one duration grammar of ChatSwarm's files and options (profiles, scripts, fault plans, flags): a decimal
/// number followed by a unit, <c>ms</c>, <c>s</c>, <c>m</c> (also <c>min</c>) or <c>h</c>, in any case, optionally
/// separated by spaces (e.g. <c>500ms</c>, <c>1.5s</c>, <c>2m</c>, <c>1h</c>). A bare <c>0</c> is accepted as zero;
/// any other number needs a unit so that "5" is never silently seconds or minutes. Durations are never negative.
/// </summary>
public static class DurationParser
{
    /// <summary>What a duration must look like, for error messages.</summary>
    public const string ExpectedForm = "a duration such as 500ms, 1.5s, 2m or 1h";

    /// <summary>Parses <paramref name="text"/> or throws <see cref="FormatException"/> with a one-line message.</summary>
    /// <param name="text">The duration text.</param>
    /// <returns>The parsed, non-negative duration.</returns>
    public static TimeSpan Parse(string text)
    {
        if (TryParse(text, out var value, out var error))
        {
            return value;
        }

        throw new FormatException(error);
    }

    /// <summary>Tries to parse <paramref name="text"/>; on failure <paramref name="error"/> says what is wrong and what is expected.</summary>
    /// <param name="text">The duration text.</param>
    /// <param name="value">The parsed duration.</param>
    /// <param name="error">A one-line description of the problem, or null on success.</param>
    /// <returns>True when the text is a valid duration.</returns>
    public static bool TryParse(string? text, out TimeSpan value, out string? error)
    {
        value = TimeSpan.Zero;
        error = null;
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            error = $"empty duration; expected {ExpectedForm}";
            return false;
        }

        if (s == "0")
        {
            return true;
        }

        int unitStart = s.Length;
        while (unitStart > 0 && char.IsLetter(s[unitStart - 1]))
        {
            unitStart--;
        }

        var number = s[..unitStart].Trim();
        var unit = s[unitStart..].ToLowerInvariant();
        double scaleMs = unit switch
        {
            "ms" => 1,
            "s" => 1000,
            "m" or "min" => 60_000,
            "h" => 3_600_000,
            _ => double.NaN,
        };
        if (number.StartsWith('-'))
        {
            error = $"'{s}' is negative; expected {ExpectedForm}";
            return false;
        }

        if (number.Length == 0)
        {
            error = $"'{s}' is not a number with a unit; expected {ExpectedForm}";
            return false;
        }

        if (double.IsNaN(scaleMs))
        {
            error = unit.Length == 0
                ? $"'{s}' has no unit; expected {ExpectedForm}"
                : $"'{s}' has unknown unit '{unit}'; expected {ExpectedForm}";
            return false;
        }

        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || double.IsInfinity(amount))
        {
            error = $"'{s}' is not a number with a unit; expected {ExpectedForm}";
            return false;
        }

        var ms = amount * scaleMs;
        if (ms > TimeSpan.MaxValue.TotalMilliseconds / 2)
        {
            error = $"'{s}' is too long; expected {ExpectedForm}";
            return false;
        }

        value = TimeSpan.FromTicks((long)Math.Round(ms * TimeSpan.TicksPerMillisecond));
        return true;
    }

    /// <summary>Formats a duration in the shortest form this parser reads back (e.g. <c>1.5s</c>, <c>250ms</c>).</summary>
    /// <param name="value">The duration.</param>
    /// <returns>The text.</returns>
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0";
        }

        var ms = value.TotalMilliseconds;
        if (ms % 3_600_000 == 0)
        {
            return (ms / 3_600_000).ToString(CultureInfo.InvariantCulture) + "h";
        }

        if (ms % 60_000 == 0)
        {
            return (ms / 60_000).ToString(CultureInfo.InvariantCulture) + "m";
        }

        if (ms >= 1000)
        {
            return (ms / 1000).ToString("0.###", CultureInfo.InvariantCulture) + "s";
        }

        return ms.ToString("0.###", CultureInfo.InvariantCulture) + "ms";
    }
}
