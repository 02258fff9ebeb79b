using System.Threading.Channels;
using ChatSwarm.Actors;

namespace ChatSwarm.Bench.Actors;

/// <summary>One sender spraying messages over many receivers, round-robin; receivers batch what piles up.</summary>
internal static class FanOut
{
    private static readonly object Item = new();

    public static async Task<long> RawChannelsAsync(int receivers, int perReceiver)
    {
        var channels = new Channel<object>[receivers];
        var readers = new Task[receivers];
        for (var r = 0; r < receivers; r++)
        {
            var channel = channels[r] = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
            readers[r] = Task.Run(async () =>
            {
                var count = 0;
                while (count < perReceiver && await channel.Reader.WaitToReadAsync())
                {
                    while (count < perReceiver && channel.Reader.TryRead(out _))
                    {
                        count++;
                    }
                }
            });
        }

        for (var i = 0; i < perReceiver; i++)
        {
            foreach (var channel in channels)
            {
                channel.Writer.TryWrite(Item);
            }
        }

        await Task.WhenAll(readers);
        return (long)receivers * perReceiver;
    }

    public static async Task<long> ActorsAsync(int receivers, int perReceiver)
    {
        await using var system = ActorSystem.Create("fanout");
        var refs = new IActorRef[receivers];
        var done = new Task[receivers];
        for (var r = 0; r < receivers; r++)
        {
            var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            refs[r] = system.ActorOf(Props.Create(() => new Sink(perReceiver, finished)));
            done[r] = finished.Task;
        }

        for (var i = 0; i < perReceiver; i++)
        {
            foreach (var target in refs)
            {
                target.Tell(Item, ActorRefs.NoSender);
            }
        }

        await Task.WhenAll(done);
        return (long)receivers * perReceiver;
    }

    private sealed class Sink(int expected, TaskCompletionSource finished) : UntypedActor
    {
        private int _count;

        protected override void OnReceive(object message)
        {
            if (++_count == expected)
            {
                finished.SetResult();
            }
        }
    }
}
