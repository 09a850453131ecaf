using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using FactorHub.Identity;
using FactorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FactorHub.Tests.Identity;

/// <summary>Accounts, tokens and GraphQL calls against a service hosted by <see cref="FactorHubWebApplicationFactory"/>.</summary>
public static class IdentityTestKit
{
    public const string Password = "Correct-Horse-7-Battery";

    public static async Task<FactorHubUser> CreateAccountAsync(FactorHubWebApplicationFactory factory, string role,
        string organisation = "DEMO-INSTITUTE", string? email = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync(email ?? $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org", Password, role, organisation, "test");
    }

    /// <summary>The principal a cookie session of <paramref name="user"/> would carry.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(FactorHubWebApplicationFactory factory, FactorHubUser user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<FactorHubUser>>().CreateAsync(user);
    }

    public static async Task<CreatedApiToken> CreateTokenAsync(FactorHubWebApplicationFactory factory, FactorHubUser user,
        params string[] scopes)
    {
        var principal = await PrincipalAsync(factory, user);
        await using var scope = factory.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        return await tokens.CreateAsync(principal, "test client", scopes.Length > 0 ? scopes : [ApiTokenScopes.FactorsRead], null, false);
    }

    /// <summary>A token with every scope the account's roles allow.</summary>
    public static Task<CreatedApiToken> CreateFullTokenAsync(FactorHubWebApplicationFactory factory, FactorHubUser user, string role) =>
        CreateTokenAsync(factory, user, role == Roles.Administrator ? [.. ApiTokenScopes.All]
            : [.. ApiTokenScopes.All.Where(s => s != ApiTokenScopes.Admin)]);

    public static HttpClient Client(FactorHubWebApplicationFactory factory, string? token = null)
    {
        var client = factory.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<(HttpResponseMessage Response, JsonElement Body, string Text)> GraphQLAsync(HttpClient client, string query,
        object? variables = null)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (response, body, text);
    }

    /// <summary>The <c>extensions.code</c> of each error, in order.</summary>
    public static IReadOnlyList<string> ErrorCodes(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "")]
            : [];
}
