using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace FactorHub.Tests.Catalog;

/// <summary>
/// Executes every GraphQL example of docs/api.md (with the JSON variables block that follows it, if any): an example
/// marked <c># expect error: CODE</c> must fail with exactly that code; every other must succeed with no field null.
/// </summary>
[Collection(CatalogueCollection.Name)]
public sealed partial class ApiDocumentationTests(CatalogueDatabase db)
{
    public sealed record Example(string Name, string Query, string? Variables, string? ExpectedError)
    {
        public override string ToString() => Name;
    }

    [GeneratedRegex(@"```graphql\n(?<query>.*?)```(?:\s*```json\n(?<variables>.*?)```)?", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    [GeneratedRegex(@"^# expect error: (?<code>[A-Z_]+)")]
    private static partial Regex ExpectedErrorLine();

    [GeneratedRegex(@"^query (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex OperationName();

    public static string ApiDoc => File.ReadAllText(Path.Combine(Path.GetDirectoryName(CatalogueDatabase.SeedDirectory)!, "docs", "api.md"));

    public static TheoryData<Example> Examples()
    {
        var data = new TheoryData<Example>();
        foreach (var example in ParseExamples())
        {
            data.Add(example);
        }
        return data;
    }

    private static List<Example> ParseExamples()
    {
        var data = new List<Example>();
        foreach (Match m in ExampleBlock().Matches(ApiDoc))
        {
            var query = m.Groups["query"].Value;
            var expected = ExpectedErrorLine().Match(query);
            data.Add(new Example(OperationName().Match(query).Groups["name"].Value, query,
                m.Groups["variables"].Success ? m.Groups["variables"].Value : null,
                expected.Success ? expected.Groups["code"].Value : null));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_runs_as_documented(Example example)
    {
        object? variables = example.Variables is null ? null : JsonDocument.Parse(example.Variables).RootElement;
        using var client = db.CreateClient();
        var result = await CatalogueGraphQL.PostAsync(client, example.Query, variables);
        if (example.ExpectedError is { } code)
        {
            var error = Assert.Single(result.GetProperty("errors").EnumerateArray().ToArray());
            Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
            return;
        }
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        foreach (var field in result.GetProperty("data").EnumerateObject())
        {
            Assert.NotEqual(JsonValueKind.Null, field.Value.ValueKind);
        }
    }

    [Fact]
    public void Every_query_field_has_an_example()
    {
        var examples = ParseExamples().Select(e => e.Query).ToArray();
        foreach (var field in new[] { "factor(", "factors(", "searchFactors(", "resolveFactors(", "electricityFactor(", "categories", "category(",
                     "grades", "units", "geographies", "geography(", "snapshots", "snapshot(", "node(", "nodes(" })
        {
            Assert.Contains(examples, q => q.Contains(field, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Every_unit_code_is_documented()
    {
        await using var connection = await db.Database.OpenAppConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT code FROM units", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var doc = ApiDoc;
        var count = 0;
        while (await reader.ReadAsync())
        {
            Assert.Contains($"| `{reader.GetString(0)}` |", doc);
            count++;
        }
        Assert.True(count >= 20);
    }
}
