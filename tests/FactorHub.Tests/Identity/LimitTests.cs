using System.Net;
using FactorHub.Identity;
using FactorHub.Tests.Infrastructure;

namespace FactorHub.Tests.Identity;

public sealed class LimitTests : DatabaseTest
{
    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task Requests_over_the_limit_get_429_with_Retry_After_per_address_and_per_token()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database, new Dictionary<string, string?>
        {
            ["RateLimiting:PermitsPerAddress"] = "3",
            ["RateLimiting:PermitsPerToken"] = "2",
            ["RateLimiting:Window"] = "00:10:00",
        });
        var user = await IdentityTestKit.CreateAccountAsync(factory, Roles.Consumer, "DEMO-BATTERY");
        var token = (await IdentityTestKit.CreateTokenAsync(factory, user)).Token;
        using var anonymous = IdentityTestKit.Client(factory);
        using var withToken = IdentityTestKit.Client(factory, token);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await IdentityTestKit.GraphQLAsync(anonymous, "{ serverInfo { name } }")).Response.StatusCode);
        }
        var refused = (await IdentityTestKit.GraphQLAsync(anonymous, "{ serverInfo { name } }")).Response;
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);

        // The token has its own budget, not the address's.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await IdentityTestKit.GraphQLAsync(withToken, "{ serverInfo { name } }")).Response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, (await IdentityTestKit.GraphQLAsync(withToken, "{ serverInfo { name } }")).Response.StatusCode);
    }

    [Fact]
    public async Task Made_up_tokens_count_against_the_address_and_get_no_budget_of_their_own()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database, new Dictionary<string, string?>
        {
            ["RateLimiting:PermitsPerAddress"] = "3",
            ["RateLimiting:PermitsPerToken"] = "100",
            ["RateLimiting:Window"] = "00:10:00",
        });
        var user = await IdentityTestKit.CreateAccountAsync(factory, Roles.Consumer, "DEMO-BATTERY");
        var token = (await IdentityTestKit.CreateTokenAsync(factory, user)).Token;

        // A new random token with every request: each is refused as a dead token while the address has budget …
        for (var i = 0; i < 3; i++)
        {
            using var guessing = IdentityTestKit.Client(factory, "fh_" + Guid.NewGuid().ToString("N"));
            Assert.Equal(HttpStatusCode.Unauthorized, (await IdentityTestKit.GraphQLAsync(guessing, "{ serverInfo { name } }")).Response.StatusCode);
        }
        // … and then limited like any other request from that address, whatever token it presents next.
        using var another = IdentityTestKit.Client(factory, "fh_" + Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await IdentityTestKit.GraphQLAsync(another, "{ serverInfo { name } }")).Response.StatusCode);
        using var anonymous = IdentityTestKit.Client(factory);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await IdentityTestKit.GraphQLAsync(anonymous, "{ serverInfo { name } }")).Response.StatusCode);
        // A token that authenticates keeps its own budget.
        using var withToken = IdentityTestKit.Client(factory, token);
        Assert.Equal(HttpStatusCode.OK, (await IdentityTestKit.GraphQLAsync(withToken, "{ serverInfo { name } }")).Response.StatusCode);
    }

    [Fact]
    public void The_default_limits_are_generous()
    {
        var defaults = new RateLimitOptions();
        var costs = new CostLimitOptions();

        Assert.True(defaults.Enabled);
        Assert.True(defaults.PermitsPerAddress / defaults.Window.TotalSeconds >= 5_000, "the catalogue benchmark runs thousands of requests a second");
        Assert.True(costs.Anonymous >= 10_000);
    }

    [Fact]
    public async Task GraphQL_cost_limits_apply_per_caller()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database, new Dictionary<string, string?>
        {
            ["Identity:CostLimits:Anonymous"] = "10",
            ["Identity:CostLimits:SignedIn"] = "100000",
        });
        var user = await IdentityTestKit.CreateAccountAsync(factory, Roles.Consumer, "DEMO-BATTERY");
        var token = (await IdentityTestKit.CreateTokenAsync(factory, user)).Token;
        const string query = "{ factors(first: 50) { nodes { code nameEn } } }";

        var (_, anonymous, _) = await IdentityTestKit.GraphQLAsync(IdentityTestKit.Client(factory), query);
        var (_, signedIn, _) = await IdentityTestKit.GraphQLAsync(IdentityTestKit.Client(factory, token), query);

        Assert.Equal(["COST_LIMIT_EXCEEDED"], IdentityTestKit.ErrorCodes(anonymous));
        Assert.Equal(10, anonymous.GetProperty("errors")[0].GetProperty("extensions").GetProperty("maxCost").GetInt64());
        Assert.Empty(IdentityTestKit.ErrorCodes(signedIn));
        Assert.Equal(50, signedIn.GetProperty("data").GetProperty("factors").GetProperty("nodes").GetArrayLength());
    }
}
