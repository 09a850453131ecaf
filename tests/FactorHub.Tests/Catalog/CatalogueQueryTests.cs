using System.Text.Json;
using FactorHub.GraphQL.Types;

namespace FactorHub.Tests.Catalog;

[Collection(CatalogueCollection.Name)]
public sealed class CatalogueQueryTests(CatalogueDatabase db)
{
    private GraphQLSchema? schema;

    private Task<JsonElement> RunAsync(string query, object? variables = null) =>
        CatalogueGraphQL.ExecuteAsync(schema ??= CatalogueGraphQL.BuildSchema(db.Services), db.Services, query, variables);

    [Fact]
    public async Task Factor_by_code_carries_its_snapshot_version_and_reference_data()
    {
        var result = await RunAsync("""
            { factor(code: "ELEC.GRID.CN-GRID-E.CO2.2023", snapshot: "2026.00") {
                code kind referenceYear nameZh unit { code dimension } category { code parent { code } }
                geography { code kind } provider { code }
                version { versionNumber value gasCoverage systemBoundary grade { level } snapshot { label } }
                snapshot { label } } }
            """);
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        var factor = result.GetProperty("data").GetProperty("factor");
        Assert.Equal("GRID_ELECTRICITY", factor.GetProperty("kind").GetString());
        Assert.Equal("0.55", factor.GetProperty("version").GetProperty("value").GetRawText());
        Assert.Equal("2026.00", factor.GetProperty("snapshot").GetProperty("label").GetString());
        Assert.Equal("CO2", factor.GetProperty("version").GetProperty("gasCoverage").GetString());
        Assert.Equal("ENERGY", factor.GetProperty("unit").GetProperty("dimension").GetString());
    }
}
