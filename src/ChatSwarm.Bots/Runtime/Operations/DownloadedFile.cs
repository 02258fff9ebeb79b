namespace ChatSwarm.Bots.Runtime.Operations;

/// <summary>What a download yielded.</summary>
/// <param name="Bytes">Bytes actually read.</param>
/// <param name="DeclaredLength">The Content-Length the server announced, if any.</param>
/// <param name="ContentType">The content type, if any.</param>
/// <param name="FileName">The file name, if any.</param>
internal sealed record DownloadedFile(long Bytes, long? DeclaredLength, string? ContentType, string? FileName);
