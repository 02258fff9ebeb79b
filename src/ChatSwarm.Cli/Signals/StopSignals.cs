using System.Runtime.InteropServices;

namespace ChatSwarm.Cli.Signals;

/// <summary>
/// SIGINT (Ctrl+C), SIGTERM (docker stop, systemd, Kubernetes) and SIGQUIT as one two-stage stop for every command:
/// the first signal asks the command to stop gracefully (end the chats, write every report), any further signal stops
/// at once (the reports are still written from what was measured). The default action of each signal (ending the
/// process) is cancelled, so the command decides when the process ends.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stopGracefully = new();
    private readonly CancellationTokenSource _stopNow = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private readonly TextWriter _error;
    private int _received;

    private StopSignals(TextWriter error) => _error = error;

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken StopGracefully => _stopGracefully.Token;

    /// <summary>Cancelled by the second signal.</summary>
    public CancellationToken StopNow => _stopNow.Token;

    /// <summary>Registers the handlers; dispose to restore the default actions.</summary>
    /// <param name="error">Where the one-line "stopping" notice goes.</param>
    /// <returns>The registration.</returns>
    public static StopSignals Register(TextWriter error)
    {
        var signals = new StopSignals(error);
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
        {
            try
            {
                signals._registrations.Add(PosixSignalRegistration.Create(signal, signals.OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // Windows has no SIGQUIT; Ctrl+C (SIGINT) and SIGTERM are still covered there.
            }
        }

        return signals;
    }

    /// <summary>Acts on one signal as the handler does (also the seam for tests).</summary>
    /// <param name="name">The signal's name for the notice.</param>
    internal void Receive(string name)
    {
        if (Interlocked.Increment(ref _received) == 1)
        {
            _error.WriteLine($"Stopping ({name}): ending chats and writing the report; send it again (or Ctrl+C) to stop at once...");
            _stopGracefully.Cancel();
        }
        else
        {
            _error.WriteLine($"Stopping at once ({name}); writing what was measured...");
            _stopNow.Cancel();
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stopGracefully.Dispose();
        _stopNow.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // The process stays up: the command ends it once the reports are written.
        context.Cancel = true;
        Receive(context.Signal.ToString());
    }
}
