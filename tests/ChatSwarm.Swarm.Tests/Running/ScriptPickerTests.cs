using ChatSwarm.Swarm.Running;
using ChatSwarm.Swarm.Tests.Fakes;

namespace ChatSwarm.Swarm.Tests.Running;

public sealed class ScriptPickerTests
{
    private static readonly SwarmScript[] Mix =
    [
        new("a", 3, _ => new FakeConversation()),
        new("b", 1, _ => new FakeConversation()),
    ];

    [Fact]
    public void Pick_ManyCustomers_FollowsTheWeights()
    {
        var picker = new ScriptPicker(Mix, seed: 11);

        var shareOfA = Enumerable.Range(0, 4000).Count(i => picker.Pick(i).Name == "a") / 4000.0;

        Assert.InRange(shareOfA, 0.72, 0.78);
    }

    [Fact]
    public void Pick_SameSeedAndCustomer_SameScript()
    {
        var first = new ScriptPicker(Mix, seed: 11);
        var second = new ScriptPicker(Mix, seed: 11);

        Assert.All(Enumerable.Range(0, 200), i => Assert.Equal(first.Pick(i).Name, second.Pick(i).Name));
    }
}
