using System.Text;
using ChatSwarm.Client.Serialization;
using ChatSwarm.Client.Tests.Support;

namespace ChatSwarm.Client.Tests.Serialization;

/// <summary>The poll body is parsed on every long poll of every session, so its allocations are bounded.</summary>
public sealed class ChatEventJsonAllocationTests
{
    [Fact]
    public void ReadEvents_TypicalPollBody_AllocatesLittleBeyondTheEvents()
    {
        var body = Encoding.UTF8.GetBytes(SeedExamples.EventsBody(SeedExamples.ServerTyping, SeedExamples.ServerMessage, SeedExamples.ServerNotTyping));
        for (var i = 0; i < 100; i++) ChatEventJson.ReadEvents(body);

        var before = GC.GetAllocatedBytesForCurrentThread();
        const int rounds = 1000;
        for (var i = 0; i < rounds; i++) ChatEventJson.ReadEvents(body);
        var perPoll = (GC.GetAllocatedBytesForCurrentThread() - before) / rounds;

        Assert.True(perPoll < 2048, $"reading a three-event poll body allocated {perPoll} bytes");
    }
}
