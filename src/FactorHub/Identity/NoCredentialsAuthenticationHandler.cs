using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace FactorHub.Identity;

/// <summary>
/// The scheme the default policy scheme picks for a request that carries neither an API token nor the session cookie:
/// such a request is anonymous, exactly as the cookie handler would have found (it answers "no result" when its cookie
/// is absent), but without creating, initializing and consulting the cookie handler on every catalogue call.
/// Challenge, forbid, sign-in and sign-out go to the session cookie scheme unchanged, so responses stay the same.
/// </summary>
public sealed class NoCredentialsAuthenticationHandler : IAuthenticationSignInHandler
{
    public const string SchemeName = "FactorHubNoCredentials";

    private HttpContext _context = null!;

    public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context)
    {
        _context = context;
        return Task.CompletedTask;
    }

    public Task<AuthenticateResult> AuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());

    public Task ChallengeAsync(AuthenticationProperties? properties) =>
        _context.ChallengeAsync(IdentityConstants.ApplicationScheme, properties);

    public Task ForbidAsync(AuthenticationProperties? properties) =>
        _context.ForbidAsync(IdentityConstants.ApplicationScheme, properties);

    public Task SignInAsync(System.Security.Claims.ClaimsPrincipal user, AuthenticationProperties? properties) =>
        _context.SignInAsync(IdentityConstants.ApplicationScheme, user, properties);

    public Task SignOutAsync(AuthenticationProperties? properties) =>
        _context.SignOutAsync(IdentityConstants.ApplicationScheme, properties);

    /// <summary>True when the request carries the portal's session cookie (chunked cookies keep the base name too).</summary>
    public static bool HasSessionCookie(HttpRequest request) =>
        request.Headers.Cookie.Count > 0 && request.Cookies.ContainsKey(IdentityHostingExtensions.SessionCookieName);
}
