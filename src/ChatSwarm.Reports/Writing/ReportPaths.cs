using System.Globalization;
using System.Text;

namespace ChatSwarm.Reports.Writing;

/// <summary>Where run folders go.</summary>
public static class ReportPaths
{
    /// <summary>Default root folder for run folders, relative to the working directory.</summary>
    public const string DefaultRoot = "reports";

    /// <summary>
    /// The default run folder: <c>&lt;root&gt;/&lt;yyyy-MM-dd_HH.mm.ss&gt;_&lt;profile&gt;</c> with the start time in UTC and
    /// characters that are unsafe in file names replaced by '-', followed by <c>_&lt;unique&gt;</c> when a unique part (the
    /// run id's random part) is given, so runs started in the same second never share a folder.
    /// </summary>
    public static string RunDirectory(string root, DateTimeOffset startedAt, string profile, string? unique = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(profile);
        var safe = new StringBuilder(profile.Length);
        foreach (char c in profile)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        string name = safe.ToString().Trim('.', '-');
        if (name.Length == 0)
        {
            name = "run";
        }

        string folder = startedAt.UtcDateTime.ToString("yyyy-MM-dd_HH.mm.ss", CultureInfo.InvariantCulture) + "_" + name;
        return Path.Combine(root, string.IsNullOrEmpty(unique) ? folder : folder + "_" + unique);
    }
}
