namespace FactorHub.Snapshots.Webhooks;

/// <summary>
/// The delivery client refused to connect: the webhook's host resolves to an address <see cref="WebhookAddressPolicy"/>
/// refuses. The attempt fails with this message as its error; it names the host and the kind of address, not the address.
/// </summary>
public sealed class WebhookAddressRefusedException(string message) : Exception(message);
