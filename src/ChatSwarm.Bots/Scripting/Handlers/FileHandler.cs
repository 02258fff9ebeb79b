namespace ChatSwarm.Bots.Scripting.Handlers;

/// <summary><c>on_file</c>: download files the agent sends and check their size.</summary>
/// <param name="Download">Whether to download at all.</param>
/// <param name="MinBytes">Smallest acceptable size (default 1: an empty file is a failure).</param>
/// <param name="MaxBytes">Largest acceptable size, or null.</param>
internal sealed record FileHandler(bool Download, long MinBytes, long? MaxBytes)
{
    /// <summary>Download and require a non-empty body matching its Content-Length.</summary>
    public static FileHandler Default { get; } = new(true, 1, null);
}
