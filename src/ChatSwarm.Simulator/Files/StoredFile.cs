namespace ChatSwarm.Simulator.Files;

/// <summary>One stored file.</summary>
/// <param name="Id">The file id used in chat_session_file.</param>
/// <param name="Name">Original file name.</param>
/// <param name="ContentType">MIME type served by Get File.</param>
/// <param name="Content">The bytes.</param>
internal sealed record StoredFile(string Id, string Name, string ContentType, byte[] Content);
