using System.Text;
using System.Text.Json;

namespace ChatSwarm.Bots.Transcripts;

/// <summary>Reads and writes transcript files (JSON, snake_case, source-generated).</summary>
public static class TranscriptJson
{
    /// <summary>Serializes <paramref name="transcript"/>.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(ConversationTranscript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return JsonSerializer.Serialize(transcript, TranscriptJsonContext.Default.ConversationTranscript);
    }

    /// <summary>Parses a transcript file's text.</summary>
    /// <param name="json">The JSON.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="JsonException">The text is not a transcript.</exception>
    public static ConversationTranscript Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, TranscriptJsonContext.Default.ConversationTranscript)
            ?? throw new JsonException("expected a transcript object, found null");
    }

    /// <summary>Writes <paramref name="transcript"/> to <paramref name="path"/> atomically, creating its folder.</summary>
    /// <param name="path">The file.</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>The full path written.</returns>
    public static async Task<string> WriteAsync(string path, ConversationTranscript transcript, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        string temp = full + ".tmp";
        await File.WriteAllTextAsync(temp, Serialize(transcript), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        File.Move(temp, full, overwrite: true);
        return full;
    }
}
