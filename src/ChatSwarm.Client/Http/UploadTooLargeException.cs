namespace ChatSwarm.Client.Http;

/// <summary>Raised inside the upload body when a stream of unknown length passes the limit; reported as 5501.</summary>
internal sealed class UploadTooLargeException(long limit)
    : IOException($"Upload size limit exceeded: the file is larger than {limit} bytes.")
{
}
