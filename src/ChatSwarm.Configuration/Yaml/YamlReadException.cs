namespace ChatSwarm.Configuration.Yaml;

/// <summary>A YAML text that could not be read: where (1-based line and column) and what, in one line.</summary>
public sealed class YamlReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="line">1-based line.</param>
    /// <param name="column">1-based column.</param>
    /// <param name="message">One line saying what is wrong.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public YamlReadException(long line, long column, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Line = Math.Max(1, line);
        Column = Math.Max(1, column);
    }

    /// <summary>Creates an exception without a position (line 1, column 1).</summary>
    public YamlReadException()
        : this(1, 1, "invalid YAML")
    {
    }

    /// <summary>Creates an exception at line 1, column 1.</summary>
    /// <param name="message">The message.</param>
    public YamlReadException(string message)
        : this(1, 1, message)
    {
    }

    /// <summary>Creates an exception at line 1, column 1.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public YamlReadException(string message, Exception innerException)
        : this(1, 1, message, innerException)
    {
    }

    /// <summary>1-based line of the problem.</summary>
    public long Line { get; }

    /// <summary>1-based column of the problem.</summary>
    public long Column { get; }
}
