using ChatSwarm.Actors;

namespace ChatSwarm.Bench.Actors;

/// <summary>
/// Bytes retained per idle actor: a ReceiveActor with two typed handlers (a realistic small actor), created under
/// the guardian with a unique name and started, measured as the managed heap growth divided by the count.
/// Includes everything the runtime keeps per actor: cell, mailbox stub, instance, handlers, name and the
/// guardian's children-map entry.
/// </summary>
internal static class IdleMemory
{
    public static async Task<double> MeasureAsync(int count)
    {
        await using var system = ActorSystem.Create("memory");
        var started = new StrongBox();
        var props = Props.Create(() => new IdleActor(started));
        var names = Enumerable.Range(0, count).Select(i => "customer-" + i).ToArray();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var refs = new IActorRef[count];
        for (var i = 0; i < count; i++)
        {
            refs[i] = system.ActorOf(props, names[i]);
        }

        while (Volatile.Read(ref started.Count) < count)
        {
            await Task.Delay(10);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(refs);

        // The refs array itself belongs to the benchmark, not to the actors.
        var refsArray = (long)count * IntPtr.Size;
        return (after - before - refsArray) / (double)count;
    }

    private sealed class StrongBox
    {
        public int Count;
    }

    private sealed class IdleActor : ReceiveActor
    {
        private readonly StrongBox _started;

        public IdleActor(StrongBox started)
        {
            _started = started;
            Receive<string>(s => Sender.Tell(s.Length));
            Receive<int>(i => Sender.Tell(i + 1));
        }

        protected override void PreStart() => Interlocked.Increment(ref _started.Count);
    }
}
