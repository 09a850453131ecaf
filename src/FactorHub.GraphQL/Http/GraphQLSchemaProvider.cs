using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;
using Microsoft.Extensions.Options;

namespace FactorHub.GraphQL.Http;

/// <summary>
/// Builds the endpoint's schema once from every registered <see cref="ISchemaContributor"/> and owns
/// the document cache that belongs to it.
/// </summary>
public sealed class GraphQLSchemaProvider(IEnumerable<ISchemaContributor> contributors, IOptions<GraphQLServerOptions> options)
{
    private readonly Lazy<(GraphQLSchema Schema, DocumentCache Cache)> _current = new(() =>
    {
        var builder = new SchemaBuilder();
        foreach (var contributor in contributors) contributor.Contribute(builder);
        return (builder.Build(), new DocumentCache(options.Value.DocumentCacheSize));
    });

    public GraphQLSchema Schema => _current.Value.Schema;

    public DocumentCache DocumentCache => _current.Value.Cache;
}
