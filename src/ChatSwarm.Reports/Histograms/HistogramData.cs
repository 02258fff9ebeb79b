namespace ChatSwarm.Reports.Histograms;

/// <summary>
/// The compact serialized form of a <see cref="HistogramSnapshot"/> as stored in report.json: exact
/// count/sum/min/max plus the non-empty buckets as sparse (index, count) pairs, so shards merge exactly.
/// </summary>
public sealed record HistogramData
{
    /// <summary>Bucket layout resolution the indexes refer to; default is the current layout (8).</summary>
    public int SubBucketBits { get; init; } = HistogramLayout.SubBucketBits;

    /// <summary>Number of recorded values; default 0.</summary>
    public long Count { get; init; }

    /// <summary>Exact sum of recorded values in microseconds; default 0.</summary>
    public long SumUs { get; init; }

    /// <summary>Exact smallest recorded value in microseconds; default 0 (meaningless when empty).</summary>
    public long MinUs { get; init; }

    /// <summary>Exact largest recorded value in microseconds; default 0.</summary>
    public long MaxUs { get; init; }

    /// <summary>
    /// Non-empty buckets in ascending order as base64 of unsigned LEB128 varint pairs (index distance from
    /// the previous non-empty bucket, count); default empty.
    /// </summary>
    public string Buckets { get; init; } = "";
}
