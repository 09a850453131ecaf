using System.Text.Json;
using FactorHub.Identity;
using FactorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactorHub.Tests.Identity;

/// <summary>
/// The default scheme (<see cref="CallerSchemeHandler"/>) sends a request with the session cookie to the cookie handler
/// and answers a request with neither a token nor the cookie as anonymous without consulting it.
/// </summary>
public sealed class SessionCookieTests : DatabaseTest
{
    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task A_session_cookie_signs_the_caller_in_while_no_cookie_or_a_forged_one_is_anonymous()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        var user = await IdentityTestKit.CreateAccountAsync(factory, Roles.Consumer, "DEMO-BATTERY");
        var principal = await IdentityTestKit.PrincipalAsync(factory, user);
        var cookieOptions = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var now = DateTimeOffset.UtcNow;
        var session = cookieOptions.TicketDataFormat.Protect(new AuthenticationTicket(principal,
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(1) }, IdentityConstants.ApplicationScheme));

        using var signedIn = IdentityTestKit.Client(factory);
        signedIn.DefaultRequestHeaders.Add("Cookie", $"{IdentityHostingExtensions.SessionCookieName}={session}");
        var (_, body, _) = await IdentityTestKit.GraphQLAsync(signedIn, "{ me { email } }");
        Assert.Equal(user.Email, body.GetProperty("data").GetProperty("me").GetProperty("email").GetString());

        using var anonymous = IdentityTestKit.Client(factory);
        (_, body, _) = await IdentityTestKit.GraphQLAsync(anonymous, "{ me { email } }");
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("me").ValueKind);

        using var forged = IdentityTestKit.Client(factory);
        forged.DefaultRequestHeaders.Add("Cookie", $"other=1; {IdentityHostingExtensions.SessionCookieName}=forged");
        var (response, forgedBody, _) = await IdentityTestKit.GraphQLAsync(forged, "{ me { email } }");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, forgedBody.GetProperty("data").GetProperty("me").ValueKind);
    }
}
