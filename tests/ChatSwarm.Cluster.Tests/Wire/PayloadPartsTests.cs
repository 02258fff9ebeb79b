using ChatSwarm.Cluster.Wire;

namespace ChatSwarm.Cluster.Tests.Wire;

public sealed class PayloadPartsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(PayloadParts.PartSize)]
    [InlineData((PayloadParts.PartSize * 3) + 17)]
    public void Split_ThenAddInOrder_GivesTheWholePayloadOnTheLastPart(int size)
    {
        var payload = new byte[size];
        new Random(size).NextBytes(payload);
        var assembler = new PayloadParts();

        var parts = PayloadParts.Split(PayloadKind.Tick, 5, payload).ToList();
        var results = parts.Select(p => assembler.Add("w1", p)).ToList();

        Assert.All(parts, p => Assert.True(p.Data.Length <= PayloadParts.PartSize));
        Assert.All(results.SkipLast(1), r => Assert.Null(r));
        Assert.Equal(payload, results[^1]);
    }

    [Fact]
    public void Add_PartsOfTwoSendersInterleaved_AssemblesEachApart()
    {
        var a = Enumerable.Repeat((byte)1, (PayloadParts.PartSize * 2) + 1).ToArray();
        var b = Enumerable.Repeat((byte)2, PayloadParts.PartSize + 1).ToArray();
        var assembler = new PayloadParts();
        var partsA = PayloadParts.Split(PayloadKind.Tick, 1, a).ToList();
        var partsB = PayloadParts.Split(PayloadKind.Tick, 1, b).ToList();

        Assert.Null(assembler.Add("a", partsA[0]));
        Assert.Null(assembler.Add("b", partsB[0]));
        Assert.Null(assembler.Add("a", partsA[1]));
        var wholeB = assembler.Add("b", partsB[1]);
        var wholeA = assembler.Add("a", partsA[2]);

        Assert.Equal(a, wholeA);
        Assert.Equal(b, wholeB);
    }
}
