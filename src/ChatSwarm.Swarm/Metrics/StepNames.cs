using ChatSwarm.Client;
using ChatSwarm.Configuration.Naming;

namespace ChatSwarm.Swarm.Metrics;

/// <summary>
/// Names of the steps metrics are kept for: each <see cref="ApiMethod"/> in snake_case (request_chat, get_new_chat_events, ...)
/// plus the chat-experience measures <see cref="QueueWait"/>, <see cref="FirstAgentMessage"/>, <see cref="ReplyRtt"/> and <see cref="PollHold"/>.
/// </summary>
public static class StepNames
{
    /// <summary>Time from Request Chat to an agent joining.</summary>
    public const string QueueWait = "queue_wait";

    /// <summary>Time from Request Chat to the first agent message.</summary>
    public const string FirstAgentMessage = "first_agent_message";

    /// <summary>Time from a customer message to the next agent message.</summary>
    public const string ReplyRtt = "reply_rtt";

    /// <summary>How long the server held a long poll open.</summary>
    public const string PollHold = "poll_hold";

    private static readonly string[] MethodNames = BuildMethodNames();

    /// <summary>Every API method's step name, in <see cref="ApiMethod"/> order.</summary>
    public static IReadOnlyList<string> Methods => MethodNames;

    /// <summary>The chat-experience step names that are not API methods.</summary>
    public static IReadOnlyList<string> ChatMeasures { get; } = [QueueWait, FirstAgentMessage, ReplyRtt, PollHold];

    /// <summary>The snake_case step name of <paramref name="method"/>, e.g. "get_new_chat_events".</summary>
    /// <param name="method">The method.</param>
    /// <returns>The name.</returns>
    public static string Of(ApiMethod method) => (uint)method < (uint)MethodNames.Length ? MethodNames[(int)method] : SnakeCaseNames.Of(method.ToString());

    /// <summary>Finds the API method whose step name is <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">A step name such as "request_chat".</param>
    /// <param name="method">The method when found.</param>
    /// <returns>True when the name is an API method's step name.</returns>
    public static bool TryParseMethod(string? name, out ApiMethod method)
    {
        for (int i = 0; i < MethodNames.Length; i++)
        {
            if (string.Equals(MethodNames[i], name, StringComparison.OrdinalIgnoreCase))
            {
                method = (ApiMethod)i;
                return true;
            }
        }

        method = default;
        return false;
    }

    /// <summary>Whether <paramref name="name"/> is any known step: an API method or a chat measure.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when known.</returns>
    public static bool IsKnown(string? name) =>
        TryParseMethod(name, out _) || ChatMeasures.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static string[] BuildMethodNames()
    {
        var values = Enum.GetValues<ApiMethod>();
        var names = new string[values.Max(v => (int)v) + 1];
        foreach (var v in values)
        {
            names[(int)v] = SnakeCaseNames.Of(v.ToString());
        }

        return names;
    }
}
