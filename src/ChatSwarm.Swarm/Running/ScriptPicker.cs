namespace ChatSwarm.Swarm.Running;

/// <summary>Chooses each customer's script by weight, deterministically from the run seed and the customer index.</summary>
internal sealed class ScriptPicker
{
    // Distinguishes this use of the seed from the bots' own per-customer draws (data, think times).
    private const int ScriptChoicePurpose = 0x5C41;

    private readonly IReadOnlyList<SwarmScript> _scripts;
    private readonly double[] _cumulative;
    private readonly int _seed;

    public ScriptPicker(IReadOnlyList<SwarmScript> scripts, int seed)
    {
        _scripts = scripts;
        _seed = seed;
        _cumulative = new double[scripts.Count];
        double sum = 0;
        for (var i = 0; i < scripts.Count; i++)
        {
            sum += scripts[i].Weight;
            _cumulative[i] = sum;
        }
    }

    public SwarmScript Pick(int customerIndex)
    {
        if (_scripts.Count == 1)
        {
            return _scripts[0];
        }

        // A fresh generator per customer: the same customer gets the same script after a restart or in a rerun.
        var draw = new Random(ChatSwarm.Bots.Customers.SeedMixer.Mix(_seed, customerIndex, ScriptChoicePurpose)).NextDouble() * _cumulative[^1];
        for (var i = 0; i < _cumulative.Length; i++)
        {
            if (draw < _cumulative[i])
            {
                return _scripts[i];
            }
        }

        return _scripts[^1];
    }
}
