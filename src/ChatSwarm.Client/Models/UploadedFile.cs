namespace ChatSwarm.Client.Models;

/// <summary>Upload File's answer: the id to send in <c>chat_session_file</c>.</summary>
/// <param name="FileId">The server's file id.</param>
public sealed record UploadedFile(string FileId);
