using ChatSwarm.Configuration.Validation;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Swarm.Tests.Running;

/// <summary>
/// A run split over N workers must ask for exactly the one-process load at every tick: closed targets, arrivals so far,
/// the session cap and the customers' run-wide indexes (which pick the scripts) all add up. Checked over random plans,
/// worker counts and tick times.
/// </summary>
public sealed class PlanSplitTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 60; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Decide_RandomPlansAndWorkerCounts_WorkersAddUpToOneProcessAtEveryTick(int seed)
    {
        // Arrange
        var random = new Random(seed);
        var plan = LoadPlan.Create(new LoadProfile { Phases = RandomPhases(random) });
        var openOnly = plan.Phases.All(p => !p.IsClosedModel);

        // A cap is dealt like everything else; with closed targets that fall and rise, a worker may reach its part of the
        // cap before another, so there the split only promises never to exceed it.
        int? cap = random.Next(2) == 0 ? random.Next(1, 400) : null;
        var workers = random.Next(1, 8);
        var whole = new Host(WorkerShare.Whole);
        var split = Enumerable.Range(0, workers).Select(i => new Host(new WorkerShare(i, workers))).ToArray();

        // Act and assert: every host sees the same instants, as workers do after the shared start.
        var elapsed = TimeSpan.Zero;
        while (elapsed <= plan.TotalDuration)
        {
            var point = plan.At(elapsed);
            whole.Step(plan, point, elapsed, cap);
            foreach (var worker in split)
            {
                worker.Step(plan, point, elapsed, cap);
            }

            Assert.True(cap is null || split.Sum(w => w.Spawned) <= cap, $"{split.Sum(w => w.Spawned)} started over the cap of {cap}");
            if (cap is null || openOnly)
            {
                Assert.Equal(whole.Live, split.Sum(w => w.Live));
                Assert.Equal(whole.Arrived, split.Sum(w => w.Arrived));
            }

            elapsed += TimeSpan.FromMilliseconds(random.Next(20, 400));
        }

        var indexes = split.SelectMany(w => w.Indexes).ToList();
        Assert.Equal(indexes.Count, indexes.Distinct().Count());
        if (openOnly)
        {
            // Open model: exactly the one-process customers, so exactly its script choices.
            Assert.Equal(whole.Indexes.Order(), indexes.Order());
        }
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(7, 3)]
    [InlineData(10, 4)]
    [InlineData(1, 5)]
    public void Of_AnyTotal_SharesAddUpAndDifferByAtMostOne(long total, int count)
    {
        var shares = Enumerable.Range(0, count).Select(i => new WorkerShare(i, count).Of(total)).ToList();

        Assert.Equal(total, shares.Sum());
        Assert.True(shares.Max() - shares.Min() <= 1);
    }

    [Fact]
    public void CustomerIndex_Workers_NumberCustomersRoundRobin()
    {
        var share = new WorkerShare(2, 3);

        Assert.Equal([2, 5, 8], Enumerable.Range(0, 3).Select(k => share.CustomerIndex(k)));
    }

    [Theory]
    [InlineData(0, 0, "WorkerShare.Count: expected at least 1 worker, got 0")]
    [InlineData(3, 3, "WorkerShare.Index: expected a worker index from 0 to 2, got 3")]
    [InlineData(-1, 2, "WorkerShare.Index: expected a worker index from 0 to 1, got -1")]
    public void Validate_OutOfRange_NamesTheProblem(int index, int count, string expected)
    {
        // One problem at most: an index is only checked against a valid count.
        var error = Assert.Throws<OptionsValidationException>(new WorkerShare(index, count).Validate);

        Assert.Equal([expected], error.Problems);
    }

    private static LoadPhase[] RandomPhases(Random random)
    {
        var phases = new LoadPhase[random.Next(1, 5)];
        var closed = random.Next(3);
        for (var i = 0; i < phases.Length; i++)
        {
            var duration = TimeSpan.FromMilliseconds(random.Next(500, 20_000));
            var kind = closed switch
            {
                0 => random.Next(2),
                1 => 2 + random.Next(3),
                _ => random.Next(5),
            };
            phases[i] = kind switch
            {
                0 => new RampPhase(random.Next(0, 50), random.Next(1, 300), duration),
                1 => new ConstantPhase(random.Next(1, 200), duration),
                2 => new ArrivalPhase(random.NextDouble() * 60, duration),
                3 => new RampArrivalPhase(random.NextDouble() * 40, random.NextDouble() * 90, duration),
                _ => new PausePhase(duration),
            };
        }

        return phases;
    }

    /// <summary>One process's control loop with customers that stay until asked to end.</summary>
    private sealed class Host(WorkerShare share)
    {
        private readonly ArrivalScheduler _arrivals = new(ArrivalProcess.Uniform, new Random(0), share);
        private TimeSpan _last;

        public long Live { get; private set; }

        public long Spawned { get; private set; }

        public long Arrived { get; private set; }

        public List<int> Indexes { get; } = [];

        public void Step(LoadPlan plan, LoadPoint point, TimeSpan elapsed, int? cap)
        {
            var arrivals = point.ArrivalRatePerSecond is null ? 0 : _arrivals.Next(plan.ExpectedArrivals(_last, elapsed));
            _last = elapsed;
            var step = LoadSteering.Decide(point, share, Live, Spawned, cap, arrivals);
            Live -= step.End;
            Arrived += point.ArrivalRatePerSecond is null ? 0 : step.Start;
            for (var i = 0; i < step.Start; i++)
            {
                Indexes.Add(share.CustomerIndex(Spawned++));
                Live++;
            }
        }
    }
}
