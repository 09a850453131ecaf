using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace FactorHub.Identity;

/// <summary>
/// The default authentication scheme (<see cref="IdentityHostingExtensions.Scheme"/>): a request presenting a Bearer
/// token is handled by the API token scheme, any other by the portal's session cookie scheme, for every operation
/// (authenticate, challenge, forbid, sign-in, sign-out), as a policy scheme with a selector would. One shortcut: a
/// request with neither a token nor the session cookie is anonymous — what the cookie handler answers when its cookie
/// is absent — so it is answered here without creating and consulting the cookie handler on every catalogue call.
/// </summary>
public sealed class CallerSchemeHandler : IAuthenticationSignInHandler
{
    private HttpContext _context = null!;

    public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context)
    {
        _context = context;
        return Task.CompletedTask;
    }

    /// <summary>The scheme that handles <paramref name="request"/>.</summary>
    public static string Target(HttpRequest request) =>
        ApiTokenAuthenticationHandler.BearerToken(request) is not null ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme;

    public Task<AuthenticateResult> AuthenticateAsync()
    {
        var target = Target(_context.Request);
        return target == IdentityConstants.ApplicationScheme && !HasSessionCookie(_context.Request)
            ? Task.FromResult(AuthenticateResult.NoResult())
            : _context.AuthenticateAsync(target);
    }

    public Task ChallengeAsync(AuthenticationProperties? properties) => _context.ChallengeAsync(Target(_context.Request), properties);

    public Task ForbidAsync(AuthenticationProperties? properties) => _context.ForbidAsync(Target(_context.Request), properties);

    public Task SignInAsync(ClaimsPrincipal user, AuthenticationProperties? properties) =>
        _context.SignInAsync(Target(_context.Request), user, properties);

    public Task SignOutAsync(AuthenticationProperties? properties) => _context.SignOutAsync(Target(_context.Request), properties);

    /// <summary>True when the request carries the portal's session cookie (chunked cookies keep the base name too).</summary>
    private static bool HasSessionCookie(HttpRequest request) =>
        request.Headers.Cookie.Count > 0 && request.Cookies.ContainsKey(IdentityHostingExtensions.SessionCookieName);
}
