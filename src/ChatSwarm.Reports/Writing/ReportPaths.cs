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
    /// characters that are unsafe in file names replaced by '-'.
    /// </summary>
    public static string RunDirectory(string root, DateTimeOffset startedAt, string profile)
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

        return Path.Combine(root, startedAt.UtcDateTime.ToString("yyyy-MM-dd_HH.mm.ss", CultureInfo.InvariantCulture) + "_" + name);
    }
}
