using System.Security.Claims;
using System.Text.Json;
using FactorHub.Factors;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Http;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Relay;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;
using FactorHub.GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace FactorHub.Tests.Catalog;

/// <summary>Executes GraphQL documents against the catalogue schema in process (parse, validate, execute, serialize).</summary>
public static class CatalogueGraphQL
{
    /// <summary>What the engine's mounting code contributes before features extend it.</summary>
    public const string BaseTypeDefs = "type Query\nscalar DateTime\nscalar Date\nscalar Decimal\n" + ConnectionSdl.PageInfoType + "\n" + ConnectionSdl.NodeInterface;

    public static GraphQLSchema BuildSchema(IServiceProvider services)
    {
        var builder = new SchemaBuilder().AddTypeDefs(BaseTypeDefs, "base.graphql");
        ActivatorUtilities.CreateInstance<CatalogueSchemaContributor>(services).Contribute(builder);
        return builder.Build();
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
