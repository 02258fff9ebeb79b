using ChatSwarm.Configuration.Validation;
using ChatSwarm.Simulator;
using ChatSwarm.Simulator.Faults;

namespace ChatSwarm.Cli.Simulate;

/// <summary><c>chatswarm simulate</c>'s options, each already parsed by its option; null means the option was not given.</summary>
/// <param name="Urls">--urls: listen URLs; default http://127.0.0.1:8080.</param>
/// <param name="Agents">--agents: number of agents.</param>
/// <param name="ChatsPerAgent">--chats-per-agent: chats per agent.</param>
/// <param name="PollHold">--poll-hold: how long an empty poll is held.</param>
/// <param name="Faults">--faults: a fault plan YAML file.</param>
/// <param name="Seed">--seed: the seed.</param>
internal sealed record SimulateArguments(
    IReadOnlyList<string>? Urls = null, int? Agents = null, int? ChatsPerAgent = null, TimeSpan? PollHold = null, FileInfo? Faults = null, int? Seed = null)
{
    /// <summary>The default listen URL.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>The listen URLs to use.</summary>
    public IReadOnlyList<string> ListenUrls => Urls ?? [DefaultUrl];

    /// <summary>Parses --urls: one or more http://host:port URLs separated by ';' or ','.</summary>
    public static IReadOnlyList<string> ParseUrls(string text)
    {
        var urls = text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            throw new FormatException("expected one or more URLs like http://127.0.0.1:8080");
        }

        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/")
            {
                throw new FormatException($"expected http://host:port such as http://127.0.0.1:8080, got '{url}'");
            }
        }

        return urls;
    }

    /// <summary>The simulator's settings: the defaults with the given options laid over them and the fault plan loaded; on failure <paramref name="error"/> is one line naming the file and line.</summary>
    public bool TryCreateOptions(out SimulatorOptions options, out string? error)
    {
        var defaults = new SimulatorOptions();
        options = defaults;
        error = null;
        var faults = FaultPlan.None;
        if (Faults is not null)
        {
            try
            {
                faults = FaultPlanLoader.Load(Faults.FullName);
            }
            catch (FaultPlanException ex)
            {
                error = ex.Message;
                return false;
            }
        }

        options = defaults with
        {
            Agents = Agents ?? defaults.Agents,
            ChatsPerAgent = ChatsPerAgent ?? defaults.ChatsPerAgent,
            Seed = Seed ?? defaults.Seed,
            PollHold = PollHold ?? defaults.PollHold,
            Faults = faults,
        };
        try
        {
            options.Validate();
        }
        catch (OptionsValidationException ex)
        {
            error = ex.Message;
            return false;
        }

        return true;
    }
}
