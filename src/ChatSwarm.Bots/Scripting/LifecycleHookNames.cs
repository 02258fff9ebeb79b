using ChatSwarm.Bots.Runtime;

namespace ChatSwarm.Bots.Scripting;

/// <summary>Names and counters of <see cref="LifecycleHook"/>.</summary>
public static class LifecycleHookNames
{
    /// <summary>The widget's event name, e.g. <c>chatSessionStarted</c>.</summary>
    /// <param name="hook">The hook.</param>
    /// <returns>The name.</returns>
    public static string GetName(this LifecycleHook hook) => hook switch
    {
        LifecycleHook.ChatWindowOpen => "chatWindowOpen",
        LifecycleHook.ChatSessionCreated => "chatSessionCreated",
        LifecycleHook.ChatSessionStarted => "chatSessionStarted",
        LifecycleHook.ChatSessionEnded => "chatSessionEnded",
        _ => "chatWindowClosed",
    };

    /// <summary>The run counter of the hook.</summary>
    /// <param name="hook">The hook.</param>
    /// <returns>The counter.</returns>
    public static BotCounter GetCounter(this LifecycleHook hook) => hook switch
    {
        LifecycleHook.ChatWindowOpen => BotCounter.ChatWindowOpen,
        LifecycleHook.ChatSessionCreated => BotCounter.ChatSessionCreated,
        LifecycleHook.ChatSessionStarted => BotCounter.ChatSessionStarted,
        LifecycleHook.ChatSessionEnded => BotCounter.ChatSessionEnded,
        _ => BotCounter.ChatWindowClosed,
    };

    /// <summary>Looks a hook up by its widget name (case-sensitive, as in the widget API).</summary>
    /// <param name="name">The name.</param>
    /// <param name="hook">The hook.</param>
    /// <returns>True when known.</returns>
    public static bool TryParse(string? name, out LifecycleHook hook)
    {
        foreach (var h in Enum.GetValues<LifecycleHook>())
        {
            if (h.GetName() == name)
            {
                hook = h;
                return true;
            }
        }

        hook = default;
        return false;
    }
}
