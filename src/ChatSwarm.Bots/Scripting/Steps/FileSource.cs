namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary>What a <c>send_file</c> step uploads: a file on disk, or a generated payload of a given size.</summary>
/// <param name="Path">Absolute path of the file on disk, or null for a generated payload.</param>
/// <param name="Bytes">The size: of the file when loaded, or of the generated payload.</param>
/// <param name="FileName">The name sent in the upload.</param>
/// <param name="ContentType">The content type sent in the upload.</param>
internal sealed record FileSource(string? Path, long Bytes, string FileName, string ContentType);
