namespace ChatSwarm.Reports.Serialization;

/// <summary>A report file is missing, unreadable, malformed or of another schema version; the message is one line naming the file.</summary>
public sealed class ReportFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ReportFormatException()
    {
    }

    /// <summary>Creates the exception with a one-line message.</summary>
    public ReportFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and its cause.</summary>
    public ReportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
