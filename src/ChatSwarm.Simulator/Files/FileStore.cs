namespace ChatSwarm.Simulator.Files;

/// <summary>Keeps the newest files, like the tenant: past the count or byte limit new files replace the oldest ones.</summary>
internal sealed class FileStore
{
    private readonly Dictionary<string, StoredFile> _files = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _gate = new();
    private readonly int _maxFiles;
    private readonly long _maxBytes;
    private readonly Random _random;
    private long _bytes;

    public FileStore(int maxFiles, long maxBytes, int seed)
    {
        _maxFiles = maxFiles;
        _maxBytes = maxBytes;
        _random = new Random(seed ^ 0x5F11E5);
    }

    public int Count
    {
        get
        {
            lock (_gate) return _files.Count;
        }
    }

    public StoredFile Add(string name, string contentType, byte[] content)
    {
        lock (_gate)
        {
            Span<byte> id = stackalloc byte[12];
            _random.NextBytes(id);
            var file = new StoredFile(Convert.ToHexStringLower(id), name, contentType, content);
            _files[file.Id] = file;
            _order.Enqueue(file.Id);
            _bytes += content.Length;
            while (_order.Count > 1 && (_order.Count > _maxFiles || _bytes > _maxBytes))
            {
                var oldest = _order.Dequeue();
                if (_files.Remove(oldest, out var removed)) _bytes -= removed.Content.Length;
            }

            return file;
        }
    }

    public bool TryGet(string id, out StoredFile file)
    {
        lock (_gate) return _files.TryGetValue(id, out file!);
    }
}
