namespace FactorHub.Snapshots.Webhooks;

/// <summary>Configuration section <c>Snapshots:Webhooks</c> (docs/snapshots.md, "Webhooks").</summary>
public sealed class WebhookOptions
{
    public const string Section = "Snapshots:Webhooks";

    /// <summary>Attempts per delivery, the first included.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Delay before the second attempt; each later one doubles it (1 s, 2 s, 4 s, … by default).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one POST may take before it counts as failed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an idle dispatcher looks for due deliveries (a publication in this process wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often the dispatcher enqueues publications no delivery row exists for (a process that stopped between
    /// committing a snapshot and enqueueing its deliveries); also done at start-up.
    /// </summary>
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Deliveries one instance posts at the same time.</summary>
    public int MaxConcurrentDeliveries { get; set; } = 8;

    /// <summary>
    /// Runs the background dispatcher in this instance. Null: on, except in the Testing environment, so that other
    /// features' in-memory test hosts do not poll.
    /// </summary>
    public bool? DispatcherEnabled { get; set; }

    /// <summary>
    /// How long a claimed attempt stays reserved: the POST's timeout plus this grace. An instance that dies mid-attempt
    /// leaves the row due again after it.
    /// </summary>
    public TimeSpan ClaimDuration => Timeout + TimeSpan.FromSeconds(30);

    /// <summary>The back-off after failed attempt <paramref name="attempt"/> (1-based): FirstRetryDelay × 2^(attempt−1).</summary>
    public TimeSpan RetryDelayAfter(int attempt) => FirstRetryDelay * Math.Pow(2, attempt - 1);
}
