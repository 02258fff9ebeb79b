namespace ChatSwarm.Reports.Comparing;

/// <summary>What one compared line says about the new run.</summary>
public enum Verdict
{
    /// <summary>The change stays within the tolerated limit (or below the noise floor).</summary>
    Unchanged,

    /// <summary>Better by more than the limit.</summary>
    Improved,

    /// <summary>Worse by more than the limit: fails the comparison.</summary>
    Regressed,

    /// <summary>Only the new run has this step or measure.</summary>
    Added,

    /// <summary>Only the base run has this step or measure.</summary>
    Removed,

    /// <summary>Neither run measured anything here.</summary>
    NoData,
}
