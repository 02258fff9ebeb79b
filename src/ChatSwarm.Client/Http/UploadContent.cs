using System.Buffers;
using System.Net;

namespace ChatSwarm.Client.Http;

/// <summary>
/// The file part of an upload, copied from the caller's stream as the request is written: declares the known length
/// (so the multipart body is sent with a Content-Length rather than chunked), refuses to pass the upload limit for
/// streams of unknown length, and leaves the caller's stream undisposed as <see cref="Models.FileUpload.Content"/> promises.
/// </summary>
internal sealed class UploadContent(Stream source, long? length, long limit) : HttpContent
{
    private const int ChunkSize = 64 * 1024;

    private readonly long? _length = length;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long copied = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                copied += read;
                if (copied > limit) throw new UploadTooLargeException(limit);
                await stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _length ?? 0;
        return _length is not null;
    }
}
