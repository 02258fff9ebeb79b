using ChatSwarm.Swarm.Customers;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Swarm.Tests.Running;

public sealed class RunIdsTests
{
    [Fact]
    public void Create_SameInstantManyTimes_EveryIdAndClientIdDiffers()
    {
        var instant = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        // 32 random bits: 100 ids collide about once in 870,000 runs (10,000 did about once in 86 and so failed at random).
        var ids = Enumerable.Range(0, 100).Select(_ => RunIds.Create(instant)).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ids.Count, ids.Select(id => ClientIds.For(id, 0)).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^20260102-030405-[0-9a-f]{8}$", id));
    }

    [Fact]
    public void RandomPartOf_AnId_ItsLastEightCharacters()
    {
        Assert.Equal("a1b2c3d4", RunIds.RandomPartOf("20260102-030405-a1b2c3d4"));
    }
}
