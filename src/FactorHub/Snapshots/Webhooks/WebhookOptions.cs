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
    /// Lets webhooks reach loopback, private, link-local and other non-public addresses, and plain http
    /// (<see cref="WebhookAddressPolicy"/>). Off by default: a webhook URL is chosen by a consumer, and the service
    /// must not become a way into the network it runs in. On in Development and in the tests, whose receivers listen
    /// on 127.0.0.1.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

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
