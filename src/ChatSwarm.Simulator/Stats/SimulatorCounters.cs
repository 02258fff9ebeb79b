using ChatSwarm.Simulator.Faults;

namespace ChatSwarm.Simulator.Stats;

/// <summary>Lock-free counters behind <see cref="SimulatorStats"/>.</summary>
internal sealed class SimulatorCounters
{
    private readonly long[] _faults = new long[Enum.GetValues<FaultKind>().Length];
    private long _pollsServed;
    private long _concurrentPollViolations;
    private long _sessionsCreated;
    private long _clientMessages;
    private long _agentMessages;
    private long _filesUploaded;
    private long _agentFiles;
    private long _requests;

    public long PollsServed => Interlocked.Read(ref _pollsServed);

    public long ConcurrentPollViolations => Interlocked.Read(ref _concurrentPollViolations);

    public long SessionsCreated => Interlocked.Read(ref _sessionsCreated);

    public long ClientMessages => Interlocked.Read(ref _clientMessages);

    public long AgentMessages => Interlocked.Read(ref _agentMessages);

    public long FilesUploaded => Interlocked.Read(ref _filesUploaded);

    public long AgentFiles => Interlocked.Read(ref _agentFiles);

    public long Requests => Interlocked.Read(ref _requests);

    public void CountFault(FaultKind kind) => Interlocked.Increment(ref _faults[(int)kind]);

    public long Faults(FaultKind kind) => Interlocked.Read(ref _faults[(int)kind]);

    public void PollServed() => Interlocked.Increment(ref _pollsServed);

    public void ConcurrentPollViolation() => Interlocked.Increment(ref _concurrentPollViolations);

    public void SessionCreated() => Interlocked.Increment(ref _sessionsCreated);

    public void ClientMessage() => Interlocked.Increment(ref _clientMessages);

    public void AgentMessage() => Interlocked.Increment(ref _agentMessages);

    public void FileUploaded() => Interlocked.Increment(ref _filesUploaded);

    public void AgentFile() => Interlocked.Increment(ref _agentFiles);

    public void Request() => Interlocked.Increment(ref _requests);
}
