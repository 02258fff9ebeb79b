using ChatSwarm.Client;

namespace ChatSwarm.Bots.Scripting.Steps;

/// <summary><c>send_file</c>: upload, then announce with chat_session_file of <paramref name="FileType"/> (image or attachment).</summary>
/// <param name="Line">Line.</param>
/// <param name="Column">Column.</param>
/// <param name="Source">What to upload.</param>
/// <param name="FileType">image or attachment.</param>
/// <param name="ExpectError">When set, the upload is expected to fail with this code (e.g. 5501 for oversize); that counts as an expectation met.</param>
internal sealed record SendFileStep(int Line, int Column, FileSource Source, string FileType, ApiErrorCode? ExpectError)
    : ScriptStep(Line, Column)
{
    /// <inheritdoc />
    public override string Kind => "send_file";

    /// <inheritdoc />
    public override string Label => $"send_file {Source.FileName} (line {Line})";
}
