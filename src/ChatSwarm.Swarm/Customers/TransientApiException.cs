using ChatSwarm.Client;

namespace ChatSwarm.Swarm.Customers;

/// <summary>
/// Thrown by a customer actor when a call failed with a transient error (5000, 5001, 5004, 5955, 429, 503, transport
/// faults): the customer's backoff supervisor restarts it, and the new incarnation resumes the session if the server
/// still has it. Any other exception stops the customer.
/// </summary>
public sealed class TransientApiException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/> of the step <paramref name="step"/>.</summary>
    /// <param name="step">What failed: an API method or a bot operation, e.g. <c>GetNewChatEvents</c>.</param>
    /// <param name="error">The transient error.</param>
    public TransientApiException(string step, ApiError error)
        : base($"{step} failed with {error}")
    {
        ArgumentNullException.ThrowIfNull(error);
        Step = step;
        Error = error;
    }

    /// <summary>Creates the exception for a transport failure without details.</summary>
    public TransientApiException()
        : this("call", ApiError.From(ApiErrorCode.TransportFailure))
    {
    }

    /// <summary>Creates the exception with a plain message (no API error attached).</summary>
    /// <param name="message">The message.</param>
    public TransientApiException(string message)
        : base(message)
    {
        Step = "call";
        Error = ApiError.From(ApiErrorCode.TransportFailure, message);
    }

    /// <summary>Creates the exception with a plain message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TransientApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Step = "call";
        Error = ApiError.From(ApiErrorCode.TransportFailure, message);
    }

    /// <summary>What failed: an API method or a bot operation.</summary>
    public string Step { get; }

    /// <summary>The transient error.</summary>
    public ApiError Error { get; }
}
