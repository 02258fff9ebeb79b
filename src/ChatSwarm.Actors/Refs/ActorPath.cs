using System.Text;

namespace ChatSwarm.Actors;

/// <summary>
/// The location of an actor: system name plus the chain of names from the root, printed as
/// <c>chatswarm://system/user/parent/child</c>. Compared by value.
/// </summary>
public sealed class ActorPath : IEquatable<ActorPath>
{
    /// <summary>Creates a path element.</summary>
    /// <param name="systemName">Name of the owning actor system.</param>
    /// <param name="parent">Parent path, or null for a root element.</param>
    /// <param name="name">This element's name.</param>
    public ActorPath(string systemName, ActorPath? parent, string name)
    {
        SystemName = systemName;
        Parent = parent;
        Name = name;
    }

    /// <summary>Name of the actor system that owns the actor.</summary>
    public string SystemName { get; }

    /// <summary>The parent element, null at the root.</summary>
    public ActorPath? Parent { get; }

    /// <summary>The last element: the actor's own name.</summary>
    public string Name { get; }

    /// <summary>Path elements from the root down to this actor, e.g. <c>["user", "a", "b"]</c>.</summary>
    public IReadOnlyList<string> Elements
    {
        get
        {
            var list = new List<string>();
            for (var p = this; p is not null; p = p.Parent)
            {
                list.Add(p.Name);
            }

            list.Reverse();
            return list;
        }
    }

    /// <summary>Creates the path of a child named <paramref name="childName"/>.</summary>
    public ActorPath Child(string childName) => new(SystemName, this, childName);

    /// <inheritdoc />
    public override string ToString()
    {
        var sb = new StringBuilder("chatswarm://").Append(SystemName);
        foreach (var element in Elements)
        {
            sb.Append('/').Append(element);
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public bool Equals(ActorPath? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Name == other.Name && SystemName == other.SystemName && Equals(Parent, other.Parent);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ActorPath other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Parent?.GetHashCode() ?? 0);
}
