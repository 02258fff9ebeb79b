using ChatSwarm.Bots.Templating;
using ChatSwarm.Configuration.Timing;

namespace ChatSwarm.Bots.Scripting.Handlers;

/// <summary>How to answer one form (by form_name, or the secure form id).</summary>
/// <param name="Fill">True to send the data; false to cancel (secure forms only).</param>
/// <param name="Delay">Time taken to fill the form; null uses the default think time.</param>
/// <param name="Fields">Field name and value template, in script order.</param>
internal sealed record FormAnswer(bool Fill, DelayDistribution? Delay, IReadOnlyList<KeyValuePair<string, Template>> Fields);
