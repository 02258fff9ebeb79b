using ChatSwarm.Reports.Histograms;

namespace ChatSwarm.Reports.Tests.Histograms;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Percentile_ManyRandomValues_WithinOnePercentOfExact()
    {
        var random = new Random(1);
        var values = Enumerable.Range(0, 50_000).Select(_ => (long)Math.Exp(random.NextDouble() * 20)).ToArray();
        var histogram = new LatencyHistogram();
        foreach (var v in values)
        {
            histogram.RecordMicroseconds(v);
        }

        var snapshot = histogram.Snapshot();
        Array.Sort(values);
        foreach (double p in new[] { 1, 10, 50, 75, 90, 95, 99, 99.9 })
        {
            long exact = values[(int)Math.Ceiling(p / 100 * values.Length) - 1];
            double estimate = snapshot.PercentileMicroseconds(p);
            Assert.InRange(estimate, exact * 0.99, exact * 1.01);
        }
    }

    [Fact]
    public void Snapshot_KnownValues_MinMaxMeanExact()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(TimeSpan.FromMilliseconds(1.5));
        histogram.Record(TimeSpan.FromMilliseconds(250));
        histogram.Record(TimeSpan.FromSeconds(2));

        var snapshot = histogram.Snapshot();

        Assert.Equal(3, snapshot.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(1.5), snapshot.Min);
        Assert.Equal(TimeSpan.FromSeconds(2), snapshot.Max);
        Assert.Equal((1_500 + 250_000 + 2_000_000) / 3.0, snapshot.MeanMicroseconds, 6);
        Assert.Equal(TimeSpan.FromSeconds(2), snapshot.Percentile(100));
        Assert.InRange(snapshot.PercentileMicroseconds(50), 250_000 * 0.99, 250_000 * 1.01);
    }

    [Fact]
    public void StdDev_TwoPointDistribution_MatchesPopulationStdDev()
    {
        var histogram = new LatencyHistogram();
        for (int i = 0; i < 500; i++)
        {
            histogram.RecordMicroseconds(100);
            histogram.RecordMicroseconds(200);
        }

        Assert.Equal(50, histogram.Snapshot().StdDevMicroseconds, 6);
    }

    [Fact]
    public void Snapshot_NothingRecorded_AllZero()
    {
        var snapshot = new LatencyHistogram().Snapshot();

        Assert.Equal(0, snapshot.Count);
        Assert.Equal(TimeSpan.Zero, snapshot.Max);
        Assert.Equal(0, snapshot.PercentileMicroseconds(99));
        Assert.Equal(0, snapshot.StdDevMicroseconds);
    }

    [Fact]
    public void Record_OutsideRange_ClampedToZeroAndOneHour()
    {
        var histogram = new LatencyHistogram();
        histogram.Record(TimeSpan.FromHours(3));
        histogram.RecordMicroseconds(-5);

        var snapshot = histogram.Snapshot();

        Assert.Equal(TimeSpan.FromHours(1), snapshot.Max);
        Assert.Equal(TimeSpan.Zero, snapshot.Min);
    }

    [Fact]
    public async Task Record_FromFourThreadsAtOnce_CountsEveryValue()
    {
        var histogram = new LatencyHistogram();
        const int perThread = 100_000;
        using var start = new ManualResetEventSlim();
        var workers = Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            start.Wait(TimeSpan.FromSeconds(30));
            for (int i = 1; i <= perThread; i++)
            {
                histogram.RecordMicroseconds(i + w);
            }
        })).ToArray();

        start.Set();
        await Task.WhenAll(workers);
        var snapshot = histogram.Snapshot();

        Assert.Equal(4L * perThread, snapshot.Count);
        Assert.Equal(1, snapshot.MinMicroseconds);
        Assert.Equal(perThread + 3, snapshot.MaxMicroseconds);
        long expectedSum = Enumerable.Range(0, 4).Sum(w => Enumerable.Range(1, perThread).Sum(i => (long)(i + w)));
        Assert.Equal(expectedSum, snapshot.SumMicroseconds);
    }

    [Fact]
    public void Merge_TwoHalves_EqualsWhole()
    {
        var random = new Random(5);
        var whole = new LatencyHistogram();
        var a = new LatencyHistogram();
        var b = new LatencyHistogram();
        for (int i = 0; i < 20_000; i++)
        {
            long v = random.NextInt64(0, 10_000_000);
            whole.RecordMicroseconds(v);
            (i % 3 == 0 ? a : b).RecordMicroseconds(v);
        }

        var merged = a.Snapshot().Merge(b.Snapshot());

        Assert.Equal(whole.Snapshot().ToData().Buckets, merged.ToData().Buckets);
        Assert.Equal(whole.Snapshot().ToData() with { Buckets = "" }, merged.ToData() with { Buckets = "" });
        Assert.Equal(whole.Snapshot().PercentileMicroseconds(99.9), merged.PercentileMicroseconds(99.9));
        Assert.Equal(whole.Snapshot().StdDevMicroseconds, merged.StdDevMicroseconds);
    }

    [Fact]
    public void FromData_ToDataOutput_RoundTripsExactly()
    {
        var histogram = new LatencyHistogram();
        foreach (long v in new long[] { 0, 3, 255, 256, 1_000, 77_777, 3_599_999_999 })
        {
            histogram.RecordMicroseconds(v);
        }

        var data = histogram.Snapshot().ToData();
        var restored = HistogramSnapshot.FromData(data);

        Assert.Equal(data.Buckets, restored.ToData().Buckets);
        Assert.Equal(7, restored.Count);
        Assert.Equal(3_599_999_999, restored.MaxMicroseconds);
        Assert.Equal(7, restored.Buckets().Count());
    }

    [Theory]
    [InlineData("not base64!", 1, "is not valid base64")]
    [InlineData("gA==", 1, "ends in the middle of a number")]
    [InlineData("iCcB", 1, "index 5000 is outside")]
    [InlineData("BAI=", 5, "buckets hold 2 values")]
    [InlineData("BAEAAQ==", 2, "repeats bucket 4")]
    public void FromData_CorruptData_ThrowsNamingField(string buckets, long count, string expected)
    {
        var data = new HistogramData { Count = count, Buckets = buckets, MinUs = 1, MaxUs = 10 };

        var error = Assert.Throws<FormatException>(() => HistogramSnapshot.FromData(data));

        Assert.Contains("histogram.", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToData_FiveMicrosecondsOnce_EncodesOneVarintPair()
    {
        var histogram = new LatencyHistogram();
        histogram.RecordMicroseconds(5);

        Assert.Equal("BQE=", histogram.Snapshot().ToData().Buckets);
    }

    [Fact]
    public void Percentile_OutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HistogramSnapshot.Empty.Percentile(101));
    }

    [Fact]
    public void CountBelow_Bounds_SplitsValuesIntoRanges()
    {
        var histogram = new LatencyHistogram();
        foreach (var ms in new[] { 100, 700, 900, 1100, 1500, 5000 })
        {
            histogram.Record(TimeSpan.FromMilliseconds(ms));
        }

        var ranges = histogram.Snapshot().CountBelow([800_000, 1_200_000]);

        Assert.Equal([2L, 2L, 2L], ranges);
    }

    [Fact]
    public void Since_EarlierSnapshotOfTheSameHistogram_OnlyTheValuesRecordedInBetween()
    {
        var histogram = new LatencyHistogram();
        foreach (var ms in new[] { 1, 2, 3, 4000 })
        {
            histogram.Record(TimeSpan.FromMilliseconds(ms));
        }

        var earlier = histogram.Snapshot();
        foreach (var ms in new[] { 50, 60, 70 })
        {
            histogram.Record(TimeSpan.FromMilliseconds(ms));
        }

        var interval = histogram.Snapshot().Since(earlier);

        Assert.Equal(3, interval.Count);
        Assert.Equal(180_000, interval.SumMicroseconds);
        Assert.Equal(50, interval.Min.TotalMilliseconds, 0.5);
        Assert.Equal(70, interval.Max.TotalMilliseconds, 0.7);
        Assert.Equal(60, interval.Percentile(50).TotalMilliseconds, 0.6);
        Assert.Same(HistogramSnapshot.Empty, histogram.Snapshot().Since(histogram.Snapshot()));
    }

    [Fact]
    public void MergeData_SerializedHistograms_SameAsMergingTheSnapshots()
    {
        var a = new LatencyHistogram();
        var b = new LatencyHistogram();
        for (int i = 1; i <= 300; i++)
        {
            (i % 3 == 0 ? a : b).RecordMicroseconds(i * 997);
        }

        var merged = HistogramSnapshot.MergeData([a.Snapshot().ToData(), null, HistogramSnapshot.Empty.ToData(), b.Snapshot().ToData()]);

        Assert.Equal(a.Snapshot().Merge(b.Snapshot()).ToData(), merged.ToData());
        Assert.Same(HistogramSnapshot.Empty, HistogramSnapshot.MergeData([]));
        Assert.Throws<FormatException>(() => HistogramSnapshot.MergeData([a.Snapshot().ToData() with { Count = 5 }]));
    }
}
