namespace ChatSwarm.Bots.Runtime.Operations;

/// <summary>
/// A read-only, seekable stream of <see cref="Length"/> deterministic bytes, so scripts can upload large payloads
/// (e.g. 26 MB to provoke 5501) without keeping them in memory or on disk.
/// </summary>
internal sealed class GeneratedPayloadStream : Stream
{
    private readonly long _length;
    private long _position;

    public GeneratedPayloadStream(long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        _length = length;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, _length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, _length - _position);
        for (int i = 0; i < n; i++)
        {
            // A repeating printable pattern: compressible, recognisable in a hex dump, and position-dependent.
            buffer[i] = (byte)('a' + ((_position + i) % 26));
        }

        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer, offset, count));

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => _length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
