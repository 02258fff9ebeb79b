using ChatSwarm.Cli;
using ChatSwarm.Cli.Run;

namespace ChatSwarm.EndToEnd.Tests.Run;

/// <summary>Runs <c>chatswarm</c> in-process from a fresh temporary directory and finds the run folder it wrote.</summary>
internal sealed class CliRun : IDisposable
{
    private TextWriter? _liveOut;
    private StringWriter? _liveBuffer;

    public CliRun() => Directory = System.IO.Directory.CreateTempSubdirectory("chatswarm-e2e-").FullName;

    public string Directory { get; }

    public int ExitCode { get; private set; }

    public string Out { get; private set; } = "";

    public string Error { get; private set; } = "";

    public string RunFolder => Assert.Single(System.IO.Directory.GetDirectories(Path.Combine(Directory, "reports")));

    public Task<CliRun> InvokeAsync(params string[] args) => InvokeAsync(CancellationToken.None, CancellationToken.None, args);

    public async Task<CliRun> InvokeAsync(CancellationToken stopGracefully, CancellationToken stopNow, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var synchronizedOut = TextWriter.Synchronized(output);
        (_liveBuffer, _liveOut) = (output, synchronizedOut);
        var context = new CliContext(
            synchronizedOut,
            TextWriter.Synchronized(error),
            Interactive: false,
            stopGracefully,
            stopNow,
            Directory,
            AppContext.BaseDirectory);
        ExitCode = await CliApp.InvokeAsync(args, context);
        Out = output.ToString();
        Error = error.ToString();
        return this;
    }

    /// <summary>Waits until the running command has printed <paramref name="text"/> (fails after <paramref name="deadline"/>).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        while (true)
        {
            if (_liveOut is { } writer)
            {
                // The synchronized writer locks on itself for every write; reading under the same lock sees whole lines.
                lock (writer)
                {
                    if (_liveBuffer!.ToString().Contains(text, StringComparison.Ordinal))
                    {
                        return;
                    }
                }
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
