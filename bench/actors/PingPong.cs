using System.Threading.Channels;
using ChatSwarm.Actors;

namespace ChatSwarm.Bench.Actors;

/// <summary>Pairs exchanging one message back and forth: every hop is a wake-up of an idle receiver.</summary>
internal static class PingPong
{
    private static readonly object Ball = new();

    /// <summary>The floor: the same exchange over two unbounded channels per pair, awaited by two tasks.</summary>
    public static async Task<long> RawChannelsAsync(int pairs, int roundTrips)
    {
        var tasks = new List<Task>();
        for (var p = 0; p < pairs; p++)
        {
            var toPong = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
            var toPing = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
            tasks.Add(Task.Run(async () =>
            {
                for (var i = 0; i < roundTrips; i++)
                {
                    var ball = await toPong.Reader.ReadAsync();
                    toPing.Writer.TryWrite(ball);
                }
            }));
            tasks.Add(Task.Run(async () =>
            {
                for (var i = 0; i < roundTrips; i++)
                {
                    toPong.Writer.TryWrite(Ball);
                    await toPing.Reader.ReadAsync();
                }
            }));
        }

        await Task.WhenAll(tasks);
        return 2L * pairs * roundTrips;
    }

    public static async Task<long> ActorsAsync(int pairs, int roundTrips)
    {
        await using var system = ActorSystem.Create("pingpong");
        var done = new List<Task>();
        for (var p = 0; p < pairs; p++)
        {
            var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var pong = system.ActorOf(Props.Create(() => new Pong()));
            var ping = system.ActorOf(Props.Create(() => new Ping(pong, roundTrips, finished)));
            ping.Tell(Ball, ActorRefs.NoSender);
            done.Add(finished.Task);
        }

        await Task.WhenAll(done);
        return 2L * pairs * roundTrips;
    }

    private sealed class Ping : UntypedActor
    {
        private readonly IActorRef _pong;
        private readonly TaskCompletionSource _finished;
        private int _remaining;

        public Ping(IActorRef pong, int roundTrips, TaskCompletionSource finished)
        {
            _pong = pong;
            _remaining = roundTrips;
            _finished = finished;
        }

        protected override void OnReceive(object message)
        {
            if (_remaining-- == 0)
            {
                _finished.SetResult();
                return;
            }

            _pong.Tell(message, Self);
        }
    }

    private sealed class Pong : UntypedActor
    {
        protected override void OnReceive(object message) => Sender.Tell(message, Self);
    }
}
