using Akka.Actor;
using ChatSwarm.Swarm.Hosting;

namespace ChatSwarm.Swarm.Tests.Hosting;

public sealed class LeanMailboxTests
{
    [Fact]
    public void EnqueueDequeue_PastTheRingsSizeAndAroundItsEnd_KeepsFifoOrder()
    {
        var queue = new LeanMessageQueue();
        var next = 0;
        var expected = 0;

        // Interleave so the head wraps around several times while the ring grows from 4 to 16.
        for (var round = 0; round < 5; round++)
        {
            for (var i = 0; i < 3 + (round * 3); i++)
            {
                queue.Enqueue(ActorRefs.Nobody, new Envelope(next++, ActorRefs.NoSender));
            }

            for (var i = 0; i < 2 + (round * 2); i++)
            {
                Assert.True(queue.TryDequeue(out var envelope));
                Assert.Equal(expected++, envelope.Message);
            }
        }

        Assert.Equal(next - expected, queue.Count);
        Assert.True(queue.HasMessages);
        while (queue.TryDequeue(out var envelope))
        {
            Assert.Equal(expected++, envelope.Message);
        }

        Assert.Equal(next, expected);
        Assert.False(queue.HasMessages);
        Assert.False(queue.TryDequeue(out _));
    }

    [Fact]
    public void CleanUp_MessagesLeft_GoToDeadLettersInOrder()
    {
        var queue = new LeanMessageQueue();
        var deadLetters = new LeanMessageQueue();
        queue.Enqueue(ActorRefs.Nobody, new Envelope("a", ActorRefs.NoSender));
        queue.Enqueue(ActorRefs.Nobody, new Envelope("b", ActorRefs.NoSender));

        queue.CleanUp(ActorRefs.Nobody, deadLetters);

        Assert.Equal(0, queue.Count);
        Assert.True(deadLetters.TryDequeue(out var first));
        Assert.True(deadLetters.TryDequeue(out var second));
        Assert.Equal(["a", "b"], new[] { first.Message, second.Message });
    }

    [Fact]
    public async Task EnqueueFromManyThreads_OneReader_LosesNothing()
    {
        var queue = new LeanMessageQueue();
        const int Writers = 4;
        const int PerWriter = 10_000;

        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                queue.Enqueue(ActorRefs.Nobody, new Envelope((w * PerWriter) + i, ActorRefs.NoSender));
            }
        })).ToArray();
        var seen = new HashSet<int>();
        var lastPerWriter = Enumerable.Repeat(-1, Writers).ToArray();
        while (seen.Count < Writers * PerWriter)
        {
            if (queue.TryDequeue(out var envelope))
            {
                var value = (int)envelope.Message;
                Assert.True(seen.Add(value));
                Assert.True(value % PerWriter > lastPerWriter[value / PerWriter], "one writer's messages came out of order");
                lastPerWriter[value / PerWriter] = value % PerWriter;
            }
        }

        await Task.WhenAll(writers);
        Assert.False(queue.HasMessages);
    }
}
