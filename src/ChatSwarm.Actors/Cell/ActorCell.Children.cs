namespace ChatSwarm.Actors;

internal sealed partial class ActorCell
{
    /// <inheritdoc />
    public IEnumerable<IActorRef> Children => ChildrenSnapshot();

    /// <inheritdoc />
    public IActorRef Child(string name)
    {
        var extras = _extras;
        if (extras?.Children is null)
        {
            return Nobody.Instance;
        }

        lock (extras)
        {
            // Re-read under the lock: a stopping child's RemoveChild may have emptied and dropped the dictionary.
            return extras.Children is { } children && children.TryGetValue(name, out var child) ? child : Nobody.Instance;
        }
    }

    /// <inheritdoc />
    public IActorRef ActorOf(Props props, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(props);
        if (name is not null)
        {
            ValidateName(name);
        }

        var extras = Extras;
        ActorCell child;
        lock (extras)
        {
            name ??= "$" + GenerateName(extras.NextChildId++);
            child = new ActorCell(_system, this, name, props);
            if ((Volatile.Read(ref _state) & (FlagTerminating | FlagTerminated)) != 0)
            {
                child.MarkStillborn();
                return child;
            }

            var children = extras.Children ??= new Dictionary<string, ActorCell>(StringComparer.Ordinal);
            if (!children.TryAdd(name, child))
            {
                throw new InvalidActorNameException($"Actor name '{name}' is not unique under {Path}.");
            }
        }

        child.SendSystem(new CreateSystemMessage());
        return child;
    }

    private static void ValidateName(string name)
    {
        if (name.Length == 0)
        {
            throw new InvalidActorNameException("Actor name must not be empty.");
        }

        if (name[0] == '$')
        {
            throw new InvalidActorNameException($"Actor name '{name}' must not start with '$' (reserved for generated names).");
        }

        foreach (var c in name)
        {
            if (c == '/' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                throw new InvalidActorNameException($"Actor name '{name}' must not contain '/', whitespace or control characters.");
            }
        }
    }

    private static string GenerateName(long id)
    {
        const string digits = "abcdefghijklmnopqrstuvwxyz0123456789";
        Span<char> buffer = stackalloc char[16];
        var pos = buffer.Length;
        do
        {
            buffer[--pos] = digits[(int)(id % digits.Length)];
            id /= digits.Length;
        }
        while (id > 0);
        return new string(buffer[pos..]);
    }

    private List<ActorCell> ChildrenSnapshot()
    {
        var extras = _extras;
        if (extras is null)
        {
            return [];
        }

        lock (extras)
        {
            return extras.Children is { } children ? [.. children.Values] : [];
        }
    }

    private bool HasChildren()
    {
        var extras = _extras;
        if (extras?.Children is null)
        {
            return false;
        }

        lock (extras)
        {
            return extras.Children is { Count: > 0 };
        }
    }

    private bool IsCurrentChild(ActorCell child)
    {
        var extras = _extras;
        if (extras?.Children is null)
        {
            return false;
        }

        lock (extras)
        {
            return extras.Children is { } children && children.TryGetValue(child._name, out var current) && ReferenceEquals(current, child);
        }
    }

    /// <summary>
    /// Called by a stopping child on its own thread: frees its name at once, so whoever sees its Terminated can
    /// reuse the name immediately.
    /// </summary>
    internal void RemoveChild(ActorCell child)
    {
        var extras = _extras;
        if (extras?.Children is null)
        {
            return;
        }

        lock (extras)
        {
            if (extras.Children is { } children && children.TryGetValue(child._name, out var current) && ReferenceEquals(current, child))
            {
                children.Remove(child._name);
                if (children.Count == 0)
                {
                    // Large fan-outs (the guardian of 100,000 customers) give their memory back when emptied.
                    extras.Children = null;
                }
            }
        }
    }

    private void HandleChildTerminated()
    {
        if (HasChildren())
        {
            return;
        }

        if ((_state & FlagTerminating) != 0)
        {
            FinishTerminate();
        }
        else if ((_state & FlagPendingRecreate) != 0)
        {
            FinishRecreate();
        }
    }
}
