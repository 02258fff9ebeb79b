namespace ChatSwarm.Cli.Run;

/// <summary>
/// Where a command writes and how it is interrupted: the real console and Ctrl+C for the process, or writers and
/// tokens handed in by an in-process test.
/// </summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error (one-line errors).</param>
/// <param name="Interactive">True when output is a terminal that can show the live console.</param>
/// <param name="StopGracefully">First Ctrl+C: end the chats, wait the grace period, write the reports.</param>
/// <param name="StopNow">Second Ctrl+C: stop at once, still write the reports.</param>
/// <param name="CurrentDirectory">Where relative paths start.</param>
/// <param name="BaseDirectory">The executable's folder, the second place content is looked for.</param>
internal sealed record CliContext(
    TextWriter Out,
    TextWriter Error,
    bool Interactive,
    CancellationToken StopGracefully,
    CancellationToken StopNow,
    string CurrentDirectory,
    string BaseDirectory);
