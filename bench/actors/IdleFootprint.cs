using Akka.Actor;
using Akka.Pattern;
using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Runtime;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Client;
using ChatSwarm.Client.Events;
using ChatSwarm.Client.Models;
using ChatSwarm.Swarm.Hosting;
using ChatSwarm.Swarm.Metrics;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;

using ChatSwarm.Bench.Swarm;

namespace ChatSwarm.Bench.Actors;

/// <summary>
/// Managed heap growth per idle actor (or customer), after a full blocking GC, on the swarm's own actor-system settings.
/// Everything kept per actor counts: cell, mailbox, instance, handlers, name, the parent's child entry.
/// </summary>
internal static class IdleFootprint
{
    public static Task<double> ReceiveActorsAsync(int count) =>
        MeasureActorsAsync(count, started => Props.Create(() => new IdleReceiveActor(started)));

    public static Task<double> UntypedActorsAsync(int count) =>
        MeasureActorsAsync(count, started => Props.Create(() => new IdleUntypedActor(started)));

    public static Task<double> BackoffPairsAsync(int count) =>
        MeasureActorsAsync(count, started => BackoffSupervisor.Props(Backoff.OnFailure(
            Props.Create(() => new IdleReceiveActor(started)), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0.2, 8)
            .WithAutoReset(TimeSpan.FromSeconds(10))));

    /// <summary>Real customers of a real run (groups of 1,000), each holding one poll that never returns.</summary>
    public static async Task<double> CustomersAsync(int count, bool scripted)
    {
        var script = scripted ? BotScriptLoader.Load(Path.Combine(RepoRoot(), "bots", "greeting-and-question.yaml")) : null;
        var client = new HeldPollClient();
        var metrics = new SwarmMetrics(TimeProvider.System);
        var options = new SwarmRunOptions
        {
            Profile = new LoadProfile
            {
                Name = "idle",
                Phases = [new ConstantPhase(count, TimeSpan.FromHours(1))],
                CheckAvailability = false,
                GracePeriod = TimeSpan.Zero,
            },
            Seed = 1,
            Client = client,
            Metrics = metrics,
            Scripts = [new SwarmScript("idle", 1, request => script is null
                ? new QueuedCustomer()
                : script.CreateConversation(new BotConversationOptions { Seed = request.Seed, CustomerIndex = request.CustomerIndex, TimeProvider = request.TimeProvider }))],
        };

        var before = Heap();
        using var stop = new CancellationTokenSource();
        var run = new SwarmRunner().RunAsync(options, null, stop.Token, stop.Token);
        while (client.HeldPolls < count)
        {
            await Task.Delay(50);
        }

        await Task.Delay(500);
        var after = Heap();
        await stop.CancelAsync();
        await run;
        return (after - before) / (double)count;
    }

    private static async Task<double> MeasureActorsAsync(int count, Func<Counter, Props> props)
    {
        var system = SwarmActorSystem.Create("idle", new ActorSystemOptions(), TimeProvider.System, log: null);
        try
        {
            var started = new Counter();
            var shared = props(started);
            var names = Enumerable.Range(0, count).Select(i => "c" + i).ToArray();
            var before = Heap();
            var refs = new IActorRef[count];
            for (var i = 0; i < count; i++)
            {
                refs[i] = system.ActorOf(shared, names[i]);
            }

            while (Volatile.Read(ref started.Value) < count)
            {
                await Task.Delay(10);
            }

            var after = Heap();
            GC.KeepAlive(refs);
            return (after - before - ((long)count * IntPtr.Size)) / (double)count;
        }
        finally
        {
            await system.Terminate();
        }
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatSwarm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ChatSwarm.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class Counter
    {
        public int Value;
    }

    private sealed class IdleReceiveActor : ReceiveActor
    {
        public IdleReceiveActor(Counter started)
        {
            Receive<string>(s => Sender.Tell(s.Length));
            Receive<int>(i => Sender.Tell(i + 1));
            Interlocked.Increment(ref started.Value);
        }
    }

    private sealed class IdleUntypedActor : UntypedActor
    {
        public IdleUntypedActor(Counter started) => Interlocked.Increment(ref started.Value);

        protected override void OnReceive(object message) => Sender.Tell(message);
    }
}
