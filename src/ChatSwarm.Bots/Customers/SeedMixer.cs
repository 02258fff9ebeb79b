namespace ChatSwarm.Bots.Customers;

/// <summary>
/// Derives independent, stable 32-bit seeds from (run seed, customer index, purpose). <see cref="HashCode"/> is
/// randomized per process, so it cannot be used where reruns must reproduce the same customers.
/// </summary>
public static class SeedMixer
{
    /// <summary>Mixes the inputs with SplitMix64 finalization.</summary>
    /// <param name="seed">The run seed.</param>
    /// <param name="index">The customer index.</param>
    /// <param name="purpose">A constant distinguishing independent streams (customer data, conversation choices...).</param>
    /// <returns>A non-negative seed for <see cref="Random"/>.</returns>
    public static int Mix(int seed, int index, int purpose)
    {
        unchecked
        {
            ulong z = ((ulong)(uint)seed << 32) ^ (uint)index;
            z += 0x9E3779B97F4A7C15UL * (ulong)(uint)(purpose + 1);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFF_FFFF);
        }
    }
}
