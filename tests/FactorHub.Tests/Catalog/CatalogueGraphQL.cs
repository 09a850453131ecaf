using System.Security.Claims;
using System.Text.Json;
using FactorHub.Factors;
using System.Net.Http.Json;
using FactorHub.GraphQL;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Http;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;
using FactorHub.GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace FactorHub.Tests.Catalog;

/// <summary>Executes GraphQL documents against the catalogue schema in process (parse, validate, execute, serialize).</summary>
public static class CatalogueGraphQL
{
    /// <summary>The service's root contribution plus the catalogue's, as the application builds them.</summary>
    public static GraphQLSchema BuildSchema(IServiceProvider services)
    {
        var builder = new SchemaBuilder();
        new ServerSchemaContributor().Contribute(builder);
        ActivatorUtilities.CreateInstance<CatalogueSchemaContributor>(services).Contribute(builder);
        return builder.Build();
    }

    /// <summary>POSTs a GraphQL request to /graphql and returns the response body.</summary>
    public static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        // Bad input is a coded GraphQL error (200, or 400 for a document that does not validate), never a server error.
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {body}");
        Assert.True(response.Content.Headers.ContentType?.MediaType is "application/graphql-response+json" or "application/json",
            $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> ExecuteAsync(GraphQLSchema schema, IServiceProvider services, string query,
        object? variables = null, ClaimsPrincipal? user = null)
    {
        var document = Parser.Parse(query);
        var errors = Validator.Validate(schema, document);
        if (errors.Count > 0)
        {
            return JsonSerializer.SerializeToElement(new { errors = errors.Select(e => new { message = e.Message }) });
        }
        var variableValues = variables is null ? null
            : JsonValues.ToDictionary(JsonSerializer.SerializeToElement(variables));
        await using var scope = services.CreateAsyncScope();
        var result = await Executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            VariableValues = variableValues,
            RequestServices = scope.ServiceProvider,
            User = user,
        });
        using var stream = new MemoryStream();
        await ExecutionResultJsonWriter.WriteAsync(stream, result);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }
}
