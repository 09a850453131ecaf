using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using FactorHub.Snapshots.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactorHub.Tests.Snapshots;

/// <summary>One POST a <see cref="WebhookReceiver"/> got.</summary>
public sealed record ReceivedWebhook(string Path, string Delivery, string Signature, string Event, byte[] Body, DateTimeOffset At)
{
    public string Label
    {
        get
        {
            using var json = JsonDocument.Parse(Body);
            return json.RootElement.GetProperty("label").GetString()!;
        }
    }
}

/// <summary>
/// A real HTTP webhook target: Kestrel on 127.0.0.1 with a free port. Records every POST and answers with
/// <see cref="Answer"/> (204 unless told otherwise), after <see cref="Delay"/>.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The status to answer a request with; gets the request and how many requests arrived before it.</summary>
    public Func<ReceivedWebhook, int, HttpStatusCode> Answer { get; set; } = (_, _) => HttpStatusCode.NoContent;

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<ReceivedWebhook> Received => [.. _received];

    public string Url(string path = "/hook") => BaseUrl + path;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var received = new ReceivedWebhook(context.Request.Path, context.Request.Headers[WebhookDispatcher.DeliveryHeader].ToString(),
                context.Request.Headers[WebhookDispatcher.SignatureHeader].ToString(), context.Request.Headers[WebhookDispatcher.EventHeader].ToString(),
                body.ToArray(), DateTimeOffset.UtcNow);
            var before = receiver._received.Count;
            if (receiver.Delay > TimeSpan.Zero)
            {
                await Task.Delay(receiver.Delay);
            }
            var status = receiver.Answer(received, before);
            receiver._received.Enqueue(received);
            receiver._arrived.Release();
            return Results.StatusCode((int)status);
        });
        await app.StartAsync();
        receiver.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return receiver;
    }

    /// <summary>Waits (at most <paramref name="timeout"/>, 20 s by default) until what arrived satisfies <paramref name="condition"/>.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<IReadOnlyList<ReceivedWebhook>, bool> condition, string what,
        TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var received = Received;
            if (condition(received))
            {
                return received;
            }
            var remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The webhook receiver did not get {what}; it got {received.Count} request(s): " +
                    string.Join(", ", received.Select(r => $"{r.Path} {r.Delivery}")));
            }
            await _arrived.WaitAsync(remaining < TimeSpan.FromMilliseconds(200) ? remaining : TimeSpan.FromMilliseconds(200));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
