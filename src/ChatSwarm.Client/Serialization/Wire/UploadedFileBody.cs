namespace ChatSwarm.Client.Serialization.Wire;

/// <summary>Upload File response: <c>{"file_id": "..."}</c>.</summary>
internal sealed class UploadedFileBody
{
    public string? FileId { get; set; }
}
