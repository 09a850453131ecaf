using System.Net;
using FactorHub.GraphQL.Tests.Conformance;
using FactorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FactorHub.Tests.Conformance;

/// <summary>
/// FactorHub's own <c>/graphql</c>, in its default configuration over a seeded database, served by
/// Kestrel on 127.0.0.1: graphql-http's GraphQL-over-HTTP audit (every MUST and SHOULD) and
/// graphql-js's introspection client. The engine-level conformance suite (differential validation,
/// execution comparison) is in FactorHub.GraphQL.Tests/Conformance.
/// </summary>
public sealed class GraphQLEndpointConformanceTests(ITestOutputHelper output) : DatabaseTest
{
    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task Http_audit_passes_every_MUST_and_SHOULD()
    {
        await using var factory = StartOnKestrel(out var url);

        var result = await NodeHarness.RunAsync("audit.mjs", url, "--require-should");
        output.WriteLine(result.StandardOutput);

        result.AssertSucceeded();
        Assert.Matches(@"^MUST (\d+)/\1 passed, SHOULD (\d+)/\2 passed$", result.LastLine);
    }

    [Fact]
    public async Task Introspection_is_a_valid_schema_for_graphql_js()
    {
        await using var factory = StartOnKestrel(out var url);

        var result = await NodeHarness.RunAsync("introspect.mjs", url);
        output.WriteLine(result.StandardError);

        result.AssertSucceeded();
        Assert.Contains("introspection OK", result.StandardError);
        Assert.DoesNotContain("warning:", result.StandardError);
    }

    private FactorHubWebApplicationFactory StartOnKestrel(out string url)
    {
        var factory = new FactorHubWebApplicationFactory(Database);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        url = address.TrimEnd('/') + "/graphql";
        return factory;
    }
}
