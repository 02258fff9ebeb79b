using ChatSwarm.Bots.Conversations;
using ChatSwarm.Bots.Customers;
using ChatSwarm.Bots.Scripting;
using ChatSwarm.Swarm.Profiles;
using ChatSwarm.Swarm.Running;

namespace ChatSwarm.Cli.Run;

/// <summary>Loads the profile's session mix into the runner's scripts.</summary>
internal static class ScriptMix
{
    /// <summary>
    /// Loads every script of the mix; throws <see cref="BotScriptException"/> (one line) for a bad script and
    /// <see cref="ProfileValidationException"/> for a bot-check threshold naming a script outside the mix.
    /// </summary>
    public static IReadOnlyList<SwarmScript> Load(LoadProfile profile, string currentDirectory, string baseDirectory) =>
        Load(profile, currentDirectory, baseDirectory, EnvironmentValues.Read());

    /// <summary>Loads the mix with the given {{env.NAME}} values; also loads and checks the profile's customer feed.</summary>
    public static IReadOnlyList<SwarmScript> Load(LoadProfile profile, string currentDirectory, string baseDirectory, IReadOnlyDictionary<string, string> environment)
    {
        CustomerFeed? feed = null;
        if (profile.Customers is { } feedSettings)
        {
            try
            {
                feed = CustomerFeed.Load(feedSettings.Path, feedSettings.Order);
            }
            catch (CustomerFeedException ex)
            {
                throw new ProfileValidationException(ex.Errors);
            }
        }

        var scripts = new List<SwarmScript>();
        var inputErrors = new List<string>();
        foreach (var entry in profile.Mix)
        {
            var script = BotScriptLoader.Load(ContentLocator.Resolve(entry.ScriptPath, currentDirectory, baseDirectory));
            inputErrors.AddRange(script.CheckInputs(environment, feed));
            scripts.Add(new SwarmScript(script.Name, entry.Weight, request => script.CreateConversation(new BotConversationOptions
            {
                Seed = request.Seed,
                CustomerIndex = request.CustomerIndex,
                TimeProvider = request.TimeProvider,
                DefaultThinkTime = request.ThinkTime,
                Customers = feed,
                Environment = environment,
            })));
        }

        if (inputErrors.Count > 0)
        {
            throw new ProfileValidationException(inputErrors.Distinct().ToList());
        }

        // A threshold naming a script outside the mix would never see a check and silently hold.
        foreach (var threshold in profile.Thresholds)
        {
            if (threshold.Script is { } name && !scripts.Any(s => s.Name == name))
            {
                throw new ProfileValidationException(
                    $"{profile.SourcePath}: threshold '{threshold.Expression}' names script '{name}', which is not in the mix; expected one of {string.Join(", ", scripts.Select(s => s.Name).Distinct())}");
            }
        }

        return scripts;
    }
}
