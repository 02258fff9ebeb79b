using System.Globalization;

namespace ChatSwarm.Simulator;

/// <summary>Parses human durations such as "500ms", "10s", "1.5m" or "2h" used by the CLI and fault files.</summary>
public static class DurationParser
{
    /// <summary>Tries to parse a duration with a unit suffix (ms, s, m, h).</summary>
    /// <param name="text">The text, e.g. "10s".</param>
    /// <param name="value">The parsed duration.</param>
    /// <param name="error">A one-line explanation when parsing fails.</param>
    /// <returns>True when the text is a valid non-negative duration.</returns>
    public static bool TryParse(string? text, out TimeSpan value, out string? error)
    {
        value = TimeSpan.Zero;
        error = null;
        var s = text?.Trim() ?? string.Empty;
        if (s.Length == 0)
        {
            error = "expected a duration like 500ms, 10s, 2m or 1h, got an empty value";
            return false;
        }

        var split = s.Length;
        while (split > 0 && char.IsLetter(s[split - 1])) split--;
        var unit = s[split..].ToLowerInvariant();
        var number = s[..split];
        double factorMs = unit switch
        {
            "ms" => 1,
            "s" => 1000,
            "m" or "min" => 60_000,
            "h" => 3_600_000,
            _ => double.NaN,
        };
        if (double.IsNaN(factorMs) || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) || !double.IsFinite(amount))
        {
            error = $"expected a duration like 500ms, 10s, 2m or 1h, got '{s}'";
            return false;
        }

        if (amount < 0)
        {
            error = $"expected a non-negative duration, got '{s}'";
            return false;
        }

        var ms = amount * factorMs;
        if (ms > TimeSpan.MaxValue.TotalMilliseconds / 2)
        {
            error = $"duration '{s}' is too large";
            return false;
        }

        value = TimeSpan.FromTicks((long)(ms * TimeSpan.TicksPerMillisecond));
        return true;
    }

    /// <summary>Parses a duration or throws <see cref="FormatException"/> with a one-line message.</summary>
    /// <param name="text">The text, e.g. "500ms".</param>
    /// <returns>The duration.</returns>
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);
}
