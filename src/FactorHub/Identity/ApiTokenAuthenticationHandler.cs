using System.Security.Claims;
using System.Text.Encodings.Web;
using FactorHub.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FactorHub.Identity;

/// <summary>
/// Authenticates <c>Authorization: Bearer fh_…</c> with an API token. An unknown, revoked or expired token fails
/// authentication (401 with <c>WWW-Authenticate: Bearer error="invalid_token"</c>); it never falls back to
/// anonymous, so a client with a dead token notices. The token itself is never logged.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ApiTokenService tokens, FactorHubDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "FactorHubToken";

    /// <summary>The token in the request's Authorization header, or null when it carries none.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } presented) return AuthenticateResult.NoResult();
        var found = await tokens.ValidateAsync(presented, Context.RequestAborted);
        if (found is not { } live)
        {
            Logger.LogInformation("API token rejected: unknown, revoked or expired");
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }
        var identity = await FactorHubPrincipalFactory.ForTokenAsync(db, live.User, live.Token, SchemeName, Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = BearerToken(Request) is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
