using FactorHub.GraphQL.Http;
using FactorHub.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace FactorHub.Tests.Catalog;

/// <summary>docs/schema.graphql is the printed SDL of the schema FactorHub serves; it cannot drift from it.</summary>
[Collection(CatalogueCollection.Name)]
public sealed class SchemaDocumentTests(CatalogueDatabase db)
{
    public static string SchemaPath => Path.Combine(Path.GetDirectoryName(CatalogueDatabase.SeedDirectory)!, "docs", "schema.graphql");

    [Fact]
    public void Docs_schema_graphql_equals_the_served_schema()
    {
        var served = db.Factory.Services.GetRequiredService<GraphQLSchemaProvider>().Schema;
        var printed = SchemaPrinter.PrintSchema(served) + "\n";
        // Regenerate after a deliberate schema change: FACTORHUB_UPDATE_SCHEMA=1 dotnet test --filter SchemaDocumentTests
        if (Environment.GetEnvironmentVariable("FACTORHUB_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, printed);
        }
        Assert.Equal(File.ReadAllText(SchemaPath), printed);
    }
}
