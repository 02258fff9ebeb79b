namespace ChatSwarm.Reports.Histograms;

/// <summary>
/// Encodes the non-empty buckets of a histogram as base64 of unsigned LEB128 varints: for each non-empty
/// bucket, the index distance from the previous one, then the count. A one-hour run's per-second interval
/// histograms stay around 2 bytes per bucket instead of a dozen characters of JSON numbers.
/// </summary>
internal static class BucketCodec
{
    public static string Encode(long[] counts)
    {
        var bytes = new List<byte>(64);
        int previous = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] != 0)
            {
                Write(bytes, (ulong)(i - previous));
                Write(bytes, (ulong)counts[i]);
                previous = i;
            }
        }

        return Convert.ToBase64String(bytes.ToArray());
    }

    /// <summary>Decodes, adding each bucket's count into <paramref name="counts"/>, and returns the total count decoded.</summary>
    /// <exception cref="FormatException">The text is not valid; the message names histogram.buckets.</exception>
    public static long Decode(string encoded, long[] counts)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(encoded);
        }
        catch (FormatException)
        {
            throw new FormatException("histogram.buckets is not valid base64");
        }

        int position = 0;
        long index = 0;
        long total = 0;
        bool first = true;
        while (position < bytes.Length)
        {
            ulong delta = Read(bytes, ref position);
            ulong count = Read(bytes, ref position);
            if (!first && delta == 0)
            {
                throw new FormatException($"histogram.buckets repeats bucket {index}");
            }

            first = false;
            index += (long)Math.Min(delta, int.MaxValue);
            if (index >= counts.Length)
            {
                throw new FormatException($"histogram.buckets index {index} is outside 0..{counts.Length - 1}");
            }

            if (count > long.MaxValue / 2)
            {
                throw new FormatException($"histogram.buckets count at index {index} is out of range");
            }

            counts[index] += (long)count;
            total += (long)count;
        }

        return total;
    }

    private static void Write(List<byte> bytes, ulong value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
    }

    private static ulong Read(byte[] bytes, ref int position)
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if (position >= bytes.Length)
            {
                throw new FormatException("histogram.buckets ends in the middle of a number");
            }

            byte b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("histogram.buckets holds a number longer than 64 bits");
    }
}
