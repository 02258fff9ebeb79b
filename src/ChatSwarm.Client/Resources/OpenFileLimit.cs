using System.Globalization;
using System.Runtime.InteropServices;

namespace ChatSwarm.Client.Resources;

/// <summary>
/// The process's open-file limit (RLIMIT_NOFILE, what <c>ulimit -n</c> shows): every socket is a file descriptor, so
/// it bounds the connections one process can hold. Read from /proc/self/limits on Linux; unknown elsewhere.
/// </summary>
public static class OpenFileLimit
{
    /// <summary>The soft limit (the one that applies), or null when it is unknown or unlimited.</summary>
    /// <returns>The limit.</returns>
    public static long? Current()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return Parse(File.ReadAllLines("/proc/self/limits"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Reads the soft limit from the lines of /proc/self/limits (<c>Max open files  1024  4096  files</c>).</summary>
    /// <param name="lines">The file's lines.</param>
    /// <returns>The soft limit, or null when absent or unlimited.</returns>
    public static long? Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            if (!line.StartsWith("Max open files", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length > 0 && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var soft) ? soft : null;
        }

        return null;
    }

    /// <summary>Whether an exception chain says the process ran out of file descriptors ("Too many open files", EMFILE/ENFILE).</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>True for descriptor exhaustion.</returns>
    public static bool IsExhaustion(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is System.Net.Sockets.SocketException socket
                && (socket.SocketErrorCode == System.Net.Sockets.SocketError.TooManyOpenSockets || socket.NativeErrorCode is 23 or 24))
            {
                return true;
            }

            if (current is ExternalException or IOException
                && current.Message.Contains("Too many open files", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
