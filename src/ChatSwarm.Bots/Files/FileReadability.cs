namespace ChatSwarm.Bots.Files;

/// <summary>Whether a regular file can be opened for reading now, so an unreadable file is named at load, not as a transport failure mid-run.</summary>
internal static class FileReadability
{
    /// <summary>The reason the file cannot be read, or null when it can. Only call for regular files (opening a FIFO blocks).</summary>
    public static string? Check(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "permission denied";
        }
        catch (IOException ex)
        {
            return ex.Message.ReplaceLineEndings(" ").TrimEnd('.');
        }
    }
}
