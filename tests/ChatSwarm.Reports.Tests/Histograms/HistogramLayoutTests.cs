using ChatSwarm.Reports.Histograms;

namespace ChatSwarm.Reports.Tests.Histograms;

public sealed class HistogramLayoutTests
{
    [Fact]
    public void IndexOf_EveryBucketBounds_MapBackToTheSameBucket()
    {
        for (int i = 0; i < HistogramLayout.BucketCount - 1; i++)
        {
            long lower = HistogramLayout.LowerBound(i);
            long upper = lower + HistogramLayout.Width(i) - 1;

            Assert.Equal(i, HistogramLayout.IndexOf(lower));
            Assert.Equal(i, HistogramLayout.IndexOf(upper));
            Assert.Equal(i + 1, HistogramLayout.IndexOf(upper + 1));
        }
    }

    [Fact]
    public void Width_EveryBucket_ExactOrAtMostOnePercentOfItsValues()
    {
        for (int i = 0; i < 256; i++)
        {
            Assert.Equal(1, HistogramLayout.Width(i));
        }

        for (int i = 256; i < HistogramLayout.BucketCount; i++)
        {
            double relative = (double)HistogramLayout.Width(i) / HistogramLayout.LowerBound(i);
            Assert.True(relative <= 0.01, $"bucket {i} is {relative:P2} wide");
        }
    }

    [Fact]
    public void BucketCount_OneHourRange_IsFixedAndSmall()
    {
        Assert.Equal(HistogramLayout.BucketCount - 1, HistogramLayout.IndexOf(HistogramLayout.MaxValueMicroseconds));
        Assert.InRange(HistogramLayout.BucketCount, 3000, 4000);
    }
}
