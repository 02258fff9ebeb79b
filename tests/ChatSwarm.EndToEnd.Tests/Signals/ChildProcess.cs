using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ChatSwarm.EndToEnd.Tests.Signals;

/// <summary>
/// The built chatswarm.dll run by <c>dotnet</c> as a child process in a fresh folder, with its output captured, so
/// tests can send it real POSIX signals and look at what it wrote.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    public const int SigInt = 2;
    public const int SigQuit = 3;
    public const int SigTerm = 15;
    public const int SigKill = 9;

    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private readonly object _gate = new();

    private ChildProcess(Process process, string directory)
    {
        _process = process;
        Directory = directory;
    }

    public string Directory { get; }

    public string Out
    {
        get
        {
            lock (_gate)
            {
                return _out.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_gate)
            {
                return _error.ToString();
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    public static ChildProcess Start(params string[] args) => Start(new Dictionary<string, string>(), args);

    /// <summary>Writes <paramref name="files"/> (name to content) into the child's folder, then starts it there.</summary>
    public static ChildProcess Start(IReadOnlyDictionary<string, string> files, params string[] args)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("chatswarm-signal-").FullName;
        foreach (var (name, content) in files)
        {
            File.WriteAllText(Path.Combine(directory, name), content);
        }

        var dll = typeof(ChatSwarm.Cli.CliApp).Assembly.Location;
        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process, directory);
        process.OutputDataReceived += (_, e) => child.Append(child._out, e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(child._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, failing with the output after <paramref name="timeout"/>.</summary>
    public async Task WaitUntilAsync(Func<ChildProcess, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition(this))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"exited ({_process.ExitCode}) before {what}; out: {Out}; err: {Error}");
            }

            if (deadline.Elapsed > timeout)
            {
                Assert.Fail($"no {what} within {timeout}; out: {Out}; err: {Error}");
            }

            await Task.Delay(50);
        }
    }

    public void Signal(int signal) => Assert.Equal(0, Kill(_process.Id, signal));

    /// <summary>Waits for the exit; returns how long it took.</summary>
    public async Task<TimeSpan> WaitForExitAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"still running {timeout} after the signal; out: {Out}; err: {Error}");
        }

        // The asynchronous readers finish after the exit; the parameterless wait drains them.
        _process.WaitForExit();
        return watch.Elapsed;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A folder still in use by a dying child is left to the temp cleaner.
        }
    }

#pragma warning disable SYSLIB1054 // A plain DllImport needs no unsafe code in the test project.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054

    private void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            builder.AppendLine(line);
        }
    }
}
