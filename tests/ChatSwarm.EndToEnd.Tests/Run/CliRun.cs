using ChatSwarm.Cli;
using ChatSwarm.Cli.Run;

namespace ChatSwarm.EndToEnd.Tests.Run;

/// <summary>Runs <c>chatswarm</c> in-process from a fresh temporary directory and finds the run folder it wrote.</summary>
internal sealed class CliRun : IDisposable
{
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
        var context = new CliContext(
            TextWriter.Synchronized(output),
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

    /// <summary>Runs and asks for a graceful stop as soon as the console output satisfies <paramref name="stopWhen"/>.</summary>
    public async Task<CliRun> InvokeAndStopWhenAsync(Func<string, bool> stopWhen, params string[] args)
    {
        var output = new StringWriter();
        var synchronizedOut = TextWriter.Synchronized(output);
        var error = new StringWriter();
        using var stopGracefully = new CancellationTokenSource();
        var context = new CliContext(synchronizedOut, TextWriter.Synchronized(error), Interactive: false, stopGracefully.Token, CancellationToken.None, Directory, AppContext.BaseDirectory);
        var invocation = CliApp.InvokeAsync(args, context);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (!invocation.IsCompleted && !stopGracefully.IsCancellationRequested)
        {
            string current;
            lock (synchronizedOut)
            {
                current = output.ToString();
            }

            if (stopWhen(current) || watch.Elapsed > TimeSpan.FromSeconds(90))
            {
                await stopGracefully.CancelAsync();
                break;
            }

            await Task.Delay(50);
        }

        ExitCode = await invocation;
        Out = output.ToString();
        Error = error.ToString();
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
