using System.Net;
using FactorHub.GraphQL.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactorHub.GraphQL.Tests.Conformance;

/// <summary>
/// The conformance test host: real Kestrel servers on 127.0.0.1 with dynamic ports, each serving one
/// schema with the engine's own HTTP endpoint in its default configuration (<c>AddGraphQL()</c> +
/// <c>MapGraphQL</c>): the zoo (schema.graphql) and a schema with a query root type only
/// (schema-query-only.graphql). Each is a separate application because an endpoint has one schema.
/// </summary>
public sealed class ConformanceHost : IAsyncLifetime
{
    private WebApplication? _zoo;
    private WebApplication? _queryOnly;

    /// <summary>The zoo endpoint, e.g. http://127.0.0.1:41234/graphql.</summary>
    public string ZooUrl { get; private set; } = "";

    /// <summary>The query-only endpoint.</summary>
    public string QueryOnlyUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var zoo = ZooSchema.Load(NodeHarness.ConformanceDirectory);
        (_zoo, ZooUrl) = await StartAsync(builder => builder.AddSchemaContributor(zoo.Contribute));

        var sdl = await File.ReadAllTextAsync(Path.Combine(NodeHarness.ConformanceDirectory, "schema-query-only.graphql"));
        (_queryOnly, QueryOnlyUrl) = await StartAsync(builder => builder.AddSchemaContributor(schema => schema
            .AddTypeDefs(sdl, "schema-query-only.graphql")
            .BindResolver("Query", "hello", _ => new ValueTask<object?>("world"))));
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { _zoo, _queryOnly })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }

    private static async Task<(WebApplication App, string Url)> StartAsync(Action<IGraphQLBuilder> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        configure(builder.Services.AddGraphQL());
        var app = builder.Build();
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, address.TrimEnd('/') + "/graphql");
    }
}
