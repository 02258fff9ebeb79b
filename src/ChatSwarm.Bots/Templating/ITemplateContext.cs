namespace ChatSwarm.Bots.Templating;

/// <summary>What a template renders against.</summary>
internal interface ITemplateContext
{
    /// <summary>This customer's data.</summary>
    Customers.CustomerData Customer { get; }

    /// <summary>The conversation's random source.</summary>
    Random Random { get; }

    /// <summary>The joined agent's display name, or empty.</summary>
    string AgentName { get; }

    /// <summary>A captured value, or empty when not captured (yet).</summary>
    string GetMemory(string name);

    /// <summary>The value of environment variable <paramref name="name"/> as handed in by the host, or empty.</summary>
    /// <param name="name">The variable name.</param>
    /// <returns>The value or empty.</returns>
    string GetEnv(string name);
}
