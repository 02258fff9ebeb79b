using ChatSwarm.Bots.Runtime;
using ChatSwarm.Client;
using ChatSwarm.Client.Models;

namespace ChatSwarm.Swarm.Customers;

/// <summary>The messages a customer sends itself: piped call results and what its timers' ticks carry.</summary>
internal sealed partial class CustomerActor
{
    private enum Stage
    {
        Starting,
        CheckingAvailability,
        RequestingChat,
        LoadingHistory,
        Chatting,
        Finishing,
        Done,
    }

    /// <summary>The first message of every incarnation, from its group: the customer's journal, kept across restarts.</summary>
    internal sealed record Begin(CustomerJournal Journal);

    private sealed record AvailabilityChecked(OperationResult<Availability> Result);

    private sealed record ChatRequested(OperationResult<ChatSession> Result);

    private sealed record HistoryLoaded(ChatSession Session, OperationResult<ChatEventBatch> Result);

    private sealed record PollCompleted(OperationResult<ChatEventBatch> Result);

    private sealed record PollFaulted(Exception Cause);

    private sealed record CallFaulted(string Step, Exception Cause);

    private sealed record OperationCompleted(BotOperation Operation, BotOperationResult Result);

    /// <summary>What a bot timer's tick carries; its key is the tick's.</summary>
    private sealed record BotTimerFired
    {
        public static BotTimerFired Instance { get; } = new();
    }

    private sealed record PollAgain
    {
        public static PollAgain Instance { get; } = new();
    }

    private sealed record PollDrainExpired
    {
        public static PollDrainExpired Instance { get; } = new();
    }

    private sealed record MaxDurationReached
    {
        public static MaxDurationReached Instance { get; } = new();
    }
}
