using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Swarm.Tests.Running;

public sealed class ArrivalSchedulerTests
{
    [Fact]
    public void Next_Uniform_CarriesFractionsSoTheTotalIsExact()
    {
        var scheduler = new ArrivalScheduler(ArrivalProcess.Uniform, new Random(1));

        var started = Enumerable.Range(0, 100).Sum(_ => scheduler.Next(0.37));

        Assert.Equal(37, started);
    }

    [Fact]
    public void Next_Uniform_SmallRateStartsOneCustomerOnlyOnceTheFractionsAddUp()
    {
        var scheduler = new ArrivalScheduler(ArrivalProcess.Uniform, new Random(1));

        Assert.Equal([0, 0, 1, 0, 1, 0], Enumerable.Range(0, 6).Select(_ => scheduler.Next(0.4)).ToArray());
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(50)]
    public void Next_Poisson_AveragesTheExpectedCount(double mean)
    {
        var scheduler = new ArrivalScheduler(ArrivalProcess.Poisson, new Random(7));

        var average = Enumerable.Range(0, 4000).Average(_ => scheduler.Next(mean));

        Assert.InRange(average, mean * 0.95, mean * 1.05);
    }

    [Fact]
    public void Next_NothingExpected_StartsNobody()
    {
        var scheduler = new ArrivalScheduler(ArrivalProcess.Poisson, new Random(7));

        Assert.Equal(0, scheduler.Next(0));
        Assert.Equal(0, scheduler.Next(double.NaN));
    }
}
