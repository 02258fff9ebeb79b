namespace ChatSwarm.Client.Models;

/// <summary>A streamed download (Get File, Get Agent Profile Photo). Dispose it to release the connection.</summary>
public sealed class FileDownload : IAsyncDisposable, IDisposable
{
    private readonly IDisposable? _owner;

    /// <summary>Creates a download over <paramref name="content"/>; <paramref name="owner"/> (the response) is disposed with it.</summary>
    public FileDownload(Stream content, string? contentType, long? length, string? fileName, IDisposable? owner = null)
    {
        Content = content;
        ContentType = contentType;
        Length = length;
        FileName = fileName;
        _owner = owner;
    }

    /// <summary>The body stream.</summary>
    public Stream Content { get; }
    /// <summary>The response content type.</summary>
    public string? ContentType { get; }
    /// <summary>The Content-Length, when the server sent one.</summary>
    public long? Length { get; }
    /// <summary>The file name from Content-Disposition, when the server sent one.</summary>
    public string? FileName { get; }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync().ConfigureAwait(false);
        _owner?.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Content.Dispose();
        _owner?.Dispose();
    }
}
