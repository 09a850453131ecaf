using System.Text.Json;

namespace FactorHub.Benchmarks.Http;

/// <summary>
/// The baseline: a minimal ASP.NET Core endpoint that answers the benchmark's GraphQL requests with the very bytes
/// FactorHub returned for them, from memory — by the <c>code</c> variable for <c>factor(code:)</c>, by the whole body
/// otherwise. It reads and parses the request body like a real endpoint would, and does nothing else.
/// </summary>
public static class MinimalServer
{
    public static async Task RunAsync(string[] args)
    {
        var url = args[0];
        var responses = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(args[1]))!;
        var bytes = responses.ToDictionary(r => r.Key, r => System.Text.Encoding.UTF8.GetBytes(r.Value), StringComparer.Ordinal);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapGet("/health/live", () => Results.Ok());
        app.MapPost("/graphql", async context =>
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var key = body.RootElement.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object
                && variables.TryGetProperty("code", out var code)
                ? code.GetString()!
                : body.RootElement.GetRawText();
            if (!bytes.TryGetValue(key, out var response))
            {
                context.Response.StatusCode = 404;
                return;
            }
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength = response.Length;
            await context.Response.Body.WriteAsync(response, context.RequestAborted);
        });
        await app.RunAsync();
    }
}
