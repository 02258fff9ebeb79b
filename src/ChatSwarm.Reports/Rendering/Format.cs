using System.Globalization;

namespace ChatSwarm.Reports.Rendering;

/// <summary>Culture-independent number formatting shared by the renderers.</summary>
internal static class Format
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Count(long value) => value.ToString("N0", Inv);

    public static string Number(double value) => value.ToString("0.###", Inv);

    public static string Ms(double value) => value.ToString(value >= 100 ? "0.0" : "0.00", Inv);

    public static string Rate(double value) => value.ToString("0.0", Inv);

    public static string Percent(double share) => (share * 100).ToString(share >= 0.1 || share == 0 ? "0.0" : "0.00", Inv) + "%";

    public static string Raw(double value) => value.ToString("R", Inv);

    public static string Bytes(long value)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double v = value;
        int unit = 0;
        while (v >= 1024 && unit < units.Length - 1)
        {
            v /= 1024;
            unit++;
        }

        return unit == 0 ? $"{value.ToString(Inv)} B" : $"{v.ToString("0.0", Inv)} {units[unit]}";
    }

    public static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(seconds);
        return t.TotalHours >= 1
            ? $"{(int)t.TotalHours}h {t.Minutes:00}m {t.Seconds:00}s"
            : t.TotalMinutes >= 1 ? $"{t.Minutes}m {t.Seconds:00}s" : $"{seconds.ToString("0.0", Inv)}s";
    }

    /// <summary>CPU seconds, or "unknown" for 0 (a shard report that did not record it).</summary>
    public static string CpuSeconds(double seconds) => seconds > 0 ? seconds.ToString("0.0", Inv) + "s" : "unknown";

    /// <summary>Peak resident memory, or "unknown" for 0.</summary>
    public static string Rss(long bytes) => bytes > 0 ? Bytes(bytes) : "unknown";

    /// <summary>A time of day in UTC, or "–" when not known.</summary>
    public static string Moment(DateTimeOffset? value) => value is { } v ? v.UtcDateTime.ToString("HH:mm:ss 'UTC'", Inv) : "–";

    /// <summary>When and why a worker left early, or "stayed" when it ran to the end.</summary>
    public static string Left(Model.WorkerStats worker) =>
        worker.LeftAt is null ? "stayed" : Moment(worker.LeftAt) + (string.IsNullOrEmpty(worker.LeftReason) ? "" : " (" + worker.LeftReason + ")");

    public static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", Inv);
}
