namespace FactorHub.Snapshots;

/// <summary>Configuration section <c>Snapshots</c> (see docs/snapshots.md).</summary>
public sealed class SnapshotOptions
{
    public const string Section = "Snapshots";

    /// <summary>Quartz cron expression (seconds first) for scheduled publication; default monthly, the 1st at 02:00.</summary>
    public string Schedule { get; set; } = "0 0 2 1 * ?";

    /// <summary>IANA time zone the schedule is read in.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>PEM file with the ECDSA P-256 private key that signs manifests. Required outside Development and Testing.</summary>
    public string? SigningKeyPath { get; set; }

    /// <summary>
    /// Where the download files (one directory per label) and a locally generated signing key are kept; relative paths
    /// are under the content root. Unset: <c>.data/snapshots</c> in the checkout, beside the local cluster's
    /// <c>.data/postgres</c> (git-ignored); outside a checkout, under the content root.
    /// </summary>
    public string? ArtifactDirectory { get; set; }

    /// <summary>
    /// Runs the Quartz scheduler (clustered ADO store on the FactorHub database). Null: on, except in the Testing
    /// environment, so that other features' in-memory test hosts do not start schedulers.
    /// </summary>
    public bool? SchedulerEnabled { get; set; }

    /// <summary>How often a clustered scheduler checks in; a node silent for longer has its firings recovered by another.</summary>
    public int ClusterCheckinSeconds { get; set; } = 15;
}
