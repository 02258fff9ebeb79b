using Xunit.Abstractions;

namespace ChatSwarm.Actors.TestKit;

/// <summary>
/// Base class for xunit actor tests (Akka.TestKit style): creates <see cref="Sys"/>, a default probe whose
/// reference is <see cref="TestActor"/> (and the implicit sender of Tells made by the test), and shuts the system
/// down when the test class is disposed. The ExpectX methods act on the default probe.
/// </summary>
public abstract partial class TestKit : IAsyncDisposable, IDisposable
{
    private readonly TimingContext _timing;
    private readonly TestProbe _testProbe;
    private bool _disposed;

    /// <summary>Creates the system and the default probe.</summary>
    /// <param name="options">Actor system options; a test often passes a <see cref="ManualTimeProvider"/> here. Null uses the defaults.</param>
    /// <param name="output">xunit output; when given and <paramref name="options"/> has no Log callback, runtime log events are written to it.</param>
    /// <param name="testKitOptions">Expectation timeouts and time factor; null reads <see cref="TestKitOptions.FromEnvironment"/>.</param>
    /// <param name="systemName">Name of the actor system. Default "test".</param>
    protected TestKit(ActorSystemOptions? options = null, ITestOutputHelper? output = null, TestKitOptions? testKitOptions = null, string systemName = "test")
    {
        testKitOptions ??= TestKitOptions.FromEnvironment();
        if (testKitOptions.Validate() is { } error)
        {
            throw new ArgumentException(error, nameof(testKitOptions));
        }

        options ??= new ActorSystemOptions();
        if (output is not null && options.Log is null)
        {
            options = options with { Log = e => WriteLine(output, e) };
        }

        _timing = new TimingContext(testKitOptions);
        Sys = ActorSystem.Create(systemName, options);
        _testProbe = new TestProbe(Sys, _timing, "testActor");
        ImplicitSender.Ambient = _testProbe.Ref;
        EventFilter = new EventFilterFactory(this);
    }

    /// <summary>The actor system under test.</summary>
    protected ActorSystem Sys { get; }

    /// <summary>The default probe's reference; Tells made directly by the test use it as sender.</summary>
    protected IActorRef TestActor => _testProbe.Ref;

    /// <summary>The default probe itself.</summary>
    protected TestProbe TestProbe => _testProbe;

    /// <summary>Options in effect (timeouts, time factor).</summary>
    protected TestKitOptions TestKitOptions => _timing.Options;

    /// <summary>Expectations on dead letters and logged exceptions.</summary>
    protected EventFilterFactory EventFilter { get; }

    /// <summary>Sender of the last message the default probe received.</summary>
    protected IActorRef LastSender => _testProbe.LastSender;

    internal TimingContext Timing => _timing;

    internal ActorSystem SysForFilters => Sys;

    /// <summary>Creates another probe in <see cref="Sys"/>.</summary>
    protected TestProbe CreateTestProbe(string? name = null) => new(Sys, _timing, name);

    /// <summary>Creates a top-level actor.</summary>
    protected IActorRef ActorOf(Props props, string? name = null) => Sys.ActorOf(props, name);

    /// <summary>Scales <paramref name="duration"/> by the time factor.</summary>
    protected TimeSpan Dilated(TimeSpan duration) => _timing.Options.Dilated(duration);

    /// <summary>Shuts the actor system down (bounded by its ShutdownTimeout).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await Sys.ShutdownAsync(Sys.Options.ShutdownTimeout).ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Starts the shutdown without waiting for it; xunit calls <see cref="DisposeAsync"/> instead when it supports it.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _ = Sys.Terminate();
        GC.SuppressFinalize(this);
    }

    private static void WriteLine(ITestOutputHelper output, ActorLogEvent e)
    {
        try
        {
            output.WriteLine($"[{e.Level}] {e.Source}: {e.Message}{(e.Cause is null ? string.Empty : " -- " + e.Cause.GetType().Name)}");
        }
        catch (InvalidOperationException)
        {
            // xunit refuses output after the test finished; late shutdown logs are dropped.
        }
    }
}
