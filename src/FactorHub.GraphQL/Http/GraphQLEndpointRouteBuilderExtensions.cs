using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FactorHub.GraphQL.Http;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL over HTTP at <paramref name="pattern"/> for every method: GET and POST are handled,
    /// any other method gets 405 with <c>Allow: GET, POST</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        return endpoints.Map(pattern, (RequestDelegate)handler.HandleAsync).WithDisplayName("GraphQL " + pattern);
    }
}
