using System.Globalization;
using ChatSwarm.Configuration.Timing;
using ChatSwarm.Simulator.Faults;

namespace ChatSwarm.Simulator;

/// <summary>Turns <c>chatswarm simulate</c> options into <see cref="SimulatorOptions"/>, with one-line errors naming the option.</summary>
public static class SimulateArgumentParser
{
    /// <summary>The default listen URL.</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";

    /// <summary>Parses the options; on failure <paramref name="error"/> is one line such as "--agents: expected a whole number from 0 to 100000, got 'x'".</summary>
    /// <param name="args">The raw option values.</param>
    /// <param name="options">The simulator settings.</param>
    /// <param name="urls">The listen URLs.</param>
    /// <param name="error">The error, when parsing fails.</param>
    /// <returns>True when every value is valid.</returns>
    public static bool TryParse(SimulateArguments args, out SimulatorOptions options, out IReadOnlyList<string> urls, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = new SimulatorOptions();
        urls = [];
        error = null;

        var urlList = (args.Urls ?? DefaultUrl).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urlList.Length == 0)
        {
            error = "--urls: expected one or more URLs like http://127.0.0.1:8080";
            return false;
        }

        foreach (var url in urlList)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp || uri.AbsolutePath != "/")
            {
                error = $"--urls: expected http://host:port such as http://127.0.0.1:8080, got '{url}'";
                return false;
            }
        }

        if (!TryInt(args.Agents, "--agents", 0, 100_000, options.Agents, out var agents, ref error)) return false;
        if (!TryInt(args.ChatsPerAgent, "--chats-per-agent", 1, 1000, options.ChatsPerAgent, out var chats, ref error)) return false;
        if (!TryInt(args.Seed, "--seed", int.MinValue, int.MaxValue, options.Seed, out var seed, ref error)) return false;

        var pollHold = options.PollHold;
        if (args.PollHold is not null)
        {
            if (!DurationParser.TryParse(args.PollHold, out pollHold, out var durationError))
            {
                error = "--poll-hold: " + durationError;
                return false;
            }

            if (pollHold < TimeSpan.FromMilliseconds(1) || pollHold > TimeSpan.FromMinutes(5))
            {
                error = $"--poll-hold: expected a duration from 1ms to 5m, got '{args.PollHold}'";
                return false;
            }
        }

        var faults = FaultPlan.None;
        if (args.Faults is not null)
        {
            if (!File.Exists(args.Faults))
            {
                error = $"--faults: file '{args.Faults}' does not exist";
                return false;
            }

            try
            {
                faults = FaultPlanLoader.Load(args.Faults);
            }
            catch (FaultPlanException ex)
            {
                error = ex.Message;
                return false;
            }
        }

        options = options with { Agents = agents, ChatsPerAgent = chats, Seed = seed, PollHold = pollHold, Faults = faults };
        try
        {
            options.Validate();
        }
        catch (ChatSwarm.Configuration.Validation.OptionsValidationException ex)
        {
            error = ex.Message;
            return false;
        }

        urls = urlList;
        return true;
    }

    private static bool TryInt(string? text, string name, int min, int max, int fallback, out int value, ref string? error)
    {
        value = fallback;
        if (text is null) return true;
        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max) return true;
        error = min == int.MinValue
            ? $"{name}: expected a whole number, got '{text}'"
            : $"{name}: expected a whole number from {min} to {max}, got '{text}'";
        return false;
    }
}
