using ChatSwarm.Cluster.Wire;

namespace ChatSwarm.Cluster.Working;

/// <summary>Turns an assignment into what a worker runs: loads the profile and bot scripts from the received files and builds the client.</summary>
public interface IShareLoader
{
    /// <summary>Loads the assignment; throws <see cref="ShareLoadException"/> with a one-line reason when it cannot be run.</summary>
    /// <param name="assignment">The assignment.</param>
    /// <param name="contentRoot">The folder the assignment's files were written under (see <see cref="Content.ContentBundle.MapPath"/>).</param>
    /// <param name="cancellationToken">Stops loading.</param>
    /// <returns>What to run.</returns>
    Task<PreparedShare> LoadAsync(WorkAssignment assignment, string contentRoot, CancellationToken cancellationToken);
}

/// <summary>An assignment a worker cannot run (a file that does not load, a bad target); the message is one line.</summary>
public sealed class ShareLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ShareLoadException()
    {
    }

    /// <summary>Creates the exception with its one-line reason.</summary>
    /// <param name="message">The reason.</param>
    public ShareLoadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its one-line reason and cause.</summary>
    /// <param name="message">The reason.</param>
    /// <param name="innerException">The cause.</param>
    public ShareLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
