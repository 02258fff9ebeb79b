namespace ChatSwarm.Client.Models;

/// <summary>A file to upload: streamed from <see cref="Content"/>, never buffered whole.</summary>
public sealed record FileUpload
{
    /// <summary>The file name sent in the multipart part.</summary>
    public required string FileName { get; init; }
    /// <summary>The content type, e.g. <c>image/png</c>.</summary>
    public required string ContentType { get; init; }
    /// <summary>The content; read once, not disposed by the client.</summary>
    public required Stream Content { get; init; }
    /// <summary>The length in bytes; when null the stream's length is used (it must then be seekable).</summary>
    public long? Length { get; init; }
}
