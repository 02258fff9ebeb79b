using System.Buffers;

namespace ChatSwarm.Client.Http;

/// <summary>
/// A response body read whole into a rented buffer, so the poll loop parses without a per-response byte[]; dispose
/// to return the buffer.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int InitialSize = 4096;
    private byte[] _buffer;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public static async Task<PooledBody> ReadAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        var size = declared is > 0 and <= int.MaxValue ? (int)Math.Min(declared.Value, limit) : InitialSize;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, 16));
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        if (length >= limit) throw new InvalidDataException($"response body is larger than {limit} bytes");
                        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Math.Max(limit, buffer.Length + 1L)));
                        buffer.AsSpan(0, length).CopyTo(bigger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }
                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0) break;
                    length += read;
                }
            }
            return new PooledBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, Array.Empty<byte>());
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }
}
