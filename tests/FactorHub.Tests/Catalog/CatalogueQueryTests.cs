using System.Security.Claims;
using System.Text.Json;
using FactorHub.GraphQL.Types;

namespace FactorHub.Tests.Catalog;

[Collection(CatalogueCollection.Name)]
public sealed class CatalogueQueryTests(CatalogueDatabase db)
{
    private GraphQLSchema? schema;

    private static readonly ClaimsPrincipal SignedIn = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "engine@example.com")], "test"));

    /// <summary>Anonymous requests go through the application's HTTP pipeline; signed-in ones execute in process
    /// (sign-in arrives with the identity issue).</summary>
    private async Task<JsonElement> RunAsync(string query, object? variables = null, ClaimsPrincipal? user = null)
    {
        if (user is null)
        {
            using var client = db.CreateClient();
            return await CatalogueGraphQL.PostAsync(client, query, variables);
        }
        return await CatalogueGraphQL.ExecuteAsync(schema ??= CatalogueGraphQL.BuildSchema(db.Services), db.Services, query, variables, user);
    }

    private async Task<JsonElement> DataAsync(string query, object? variables = null, ClaimsPrincipal? user = null)
    {
        var result = await RunAsync(query, variables, user);
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
        return result.GetProperty("data");
    }

    private async Task<JsonElement> SingleErrorAsync(string query, object? variables = null)
    {
        var result = await RunAsync(query, variables);
        return Assert.Single(result.GetProperty("errors").EnumerateArray().ToArray());
    }

    private static string Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;

    [Fact]
    public async Task Factor_by_code_carries_its_snapshot_version_and_reference_data()
    {
        var data = await DataAsync("""
            { factor(code: "ELEC.GRID.CN-GRID-E.CO2.2023", snapshot: "2026.00") {
                code kind referenceYear nameZh unit { code dimension } category { code parent { code } }
                geography { code kind gridRegion { code } } provider { code kind }
                version { versionNumber value gasCoverage systemBoundary grade { level } snapshot { label } }
                snapshot { label } } }
            """);
        var factor = data.GetProperty("factor");
        Assert.Equal("GRID_ELECTRICITY", factor.GetProperty("kind").GetString());
        Assert.Equal("0.55", factor.GetProperty("version").GetProperty("value").GetRawText());
        Assert.Equal("2026.00", factor.GetProperty("snapshot").GetProperty("label").GetString());
        Assert.Equal("2026.00", factor.GetProperty("version").GetProperty("snapshot").GetProperty("label").GetString());
        Assert.Equal("CO2", factor.GetProperty("version").GetProperty("gasCoverage").GetString());
        Assert.Equal("ENERGY", factor.GetProperty("unit").GetProperty("dimension").GetString());
        Assert.Equal("ENERGY.ELECTRICITY", factor.GetProperty("category").GetProperty("parent").GetProperty("code").GetString());
        Assert.Equal("GRID_REGION", factor.GetProperty("geography").GetProperty("kind").GetString());
        Assert.Equal("DATABASE_OPERATOR", factor.GetProperty("provider").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Without_a_snapshot_the_latest_answers_and_versions_series_and_versionIn_navigate()
    {
        var data = await DataAsync("""
            { factor(code: "ELEC.GRID.CN-GRID-E.CO2.2023") {
                snapshot { label previous { label } }
                version { versionNumber value }
                versions { versionNumber value }
                versionIn(snapshot: "2026.00") { versionNumber value snapshot { label } }
                series { code }
                valueIn(unit: "MWh") } }
            """);
        var factor = data.GetProperty("factor");
        Assert.Equal("2026.01", factor.GetProperty("snapshot").GetProperty("label").GetString());
        Assert.Equal("2026.00", factor.GetProperty("snapshot").GetProperty("previous").GetProperty("label").GetString());
        Assert.Equal(2, factor.GetProperty("version").GetProperty("versionNumber").GetInt32());
        Assert.Equal([2, 1], factor.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("versionNumber").GetInt32()));
        Assert.Equal("0.55", factor.GetProperty("versionIn").GetProperty("value").GetRawText());
        Assert.Equal("2026.00", factor.GetProperty("versionIn").GetProperty("snapshot").GetProperty("label").GetString());
        Assert.Equal(["ELEC.GRID.CN-GRID-E.CO2.2021", "ELEC.GRID.CN-GRID-E.CO2.2022", "ELEC.GRID.CN-GRID-E.CO2.2023"],
            factor.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Equal("551.2", factor.GetProperty("valueIn").GetRawText());
    }

    [Fact]
    public async Task Unknown_snapshot_and_unknown_code_are_coded_errors()
    {
        var snapshot = await SingleErrorAsync("""{ factor(code: "ELEC.GRID.CN.CO2.2023", snapshot: "2099.01") { code } }""");
        Assert.Equal("SNAPSHOT_NOT_FOUND", Code(snapshot));
        Assert.Equal("Snapshot '2099.01' is not published. Published snapshots: 2026.00, 2026.01.", snapshot.GetProperty("message").GetString());
        Assert.Equal("factor", snapshot.GetProperty("path")[0].GetString());

        var code = await SingleErrorAsync("""{ factor(code: "NO.SUCH.2023") { code } }""");
        Assert.Equal("FACTOR_NOT_FOUND", Code(code));
        Assert.Equal("No factor 'NO.SUCH.2023' in snapshot 2026.01.", code.GetProperty("message").GetString());

        var label = await SingleErrorAsync("""{ snapshot(label: "next") { label } }""");
        Assert.Equal("BAD_USER_INPUT", Code(label));
    }

    [Fact]
    public async Task Factors_filter_order_page_and_count()
    {
        var data = await DataAsync("""
            query($where: FactorFilterInput) {
              factors(where: $where, order: [{ referenceYear: DESC }, { value: ASC }], first: 2, snapshot: "2026.00") {
                totalCount nodes { code } pageInfo { hasNextPage hasPreviousPage endCursor } snapshot { label } } }
            """,
            new { where = new { category = new { eq = "ENERGY.ELECTRICITY" }, geography = new { startsWith = "CN-GRID-" } } });
        var page = data.GetProperty("factors");
        Assert.Equal(21, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(["ELEC.GRID.CN-GRID-SW.CO2.2023", "ELEC.GRID.CN-GRID-S.CO2.2023"],
            page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = await DataAsync("""
            query($after: String) { factors(where: { geography: { startsWith: "CN-GRID-" } }, order: [{ referenceYear: DESC }, { value: ASC }],
              first: 1, after: $after, snapshot: "2026.00") { nodes { code } pageInfo { hasPreviousPage } } }
            """, new { after });
        Assert.Equal("ELEC.GRID.CN-GRID-NE.CO2.2023", next.GetProperty("factors").GetProperty("nodes")[0].GetProperty("code").GetString());
        Assert.True(next.GetProperty("factors").GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Default_page_is_20_and_more_than_100_is_refused()
    {
        var data = await DataAsync("{ factors { totalCount nodes { code } } }");
        Assert.Equal(20, data.GetProperty("factors").GetProperty("nodes").GetArrayLength());
        Assert.True(data.GetProperty("factors").GetProperty("totalCount").GetInt32() > 100);

        var error = await SingleErrorAsync("{ factors(first: 101) { totalCount } }");
        Assert.Equal("PAGE_SIZE_EXCEEDED", Code(error));
        Assert.Equal("Requesting 101 records on a connection exceeds the maximum page size of 100.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Malformed_filters_are_validation_or_input_errors()
    {
        var unknownField = await RunAsync("""{ factors(where: { colour: { eq: "red" } }) { totalCount } }""");
        Assert.False(unknownField.TryGetProperty("data", out _));
        Assert.Contains("colour", unknownField.GetProperty("errors")[0].GetProperty("message").GetString());

        var badCategory = await SingleErrorAsync("""{ factors(where: { category: { eq: "MAT.NOPE" } }) { totalCount } }""");
        Assert.Equal("UNKNOWN_CATEGORY", Code(badCategory));
        Assert.Equal("where.category.eq: unknown category 'MAT.NOPE'.", badCategory.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Search_is_a_connection_with_the_same_filters()
    {
        var data = await DataAsync("""
            { searchFactors(text: "lithum carbonate", where: { referenceYear: { eq: 2023 } }, first: 3) {
                totalCount nodes { code nameEn } snapshot { label } } }
            """);
        var nodes = data.GetProperty("searchFactors").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(3, nodes.Length);
        Assert.All(nodes, n => Assert.StartsWith("MAT.LI2CO3.", n.GetProperty("code").GetString()));
        Assert.Equal(4, data.GetProperty("searchFactors").GetProperty("totalCount").GetInt32());

        var jiangsu = await DataAsync("""{ searchFactors(text: "江苏") { nodes { geography { code } } } }""");
        Assert.All(jiangsu.GetProperty("searchFactors").GetProperty("nodes").EnumerateArray(),
            n => Assert.Equal("CN-JS", n.GetProperty("geography").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task ResolveFactors_answers_each_request_with_its_trail_or_its_error()
    {
        var data = await DataAsync("""
            query($requests: [FactorRequestInput!]!) { resolveFactors(requests: $requests, snapshot: "2026.00") {
              snapshot { label }
              results { index key value unit { code } factor { code } version { versionNumber }
                        trail { kind message } error { code message field } } } }
            """,
            new
            {
                requests = new object[]
                {
                    new { key = "al", code = "MAT.AL-PRIMARY.GLO.CO2E.2022", unit = "t" },
                    new { key = "li", kind = "MATERIAL", category = "MAT.LITHIUM", geography = "CN-JS", year = 2025 },
                    new { key = "grid", kind = "GRID_ELECTRICITY", geography = "CN-NM", year = 2023, gasCoverage = "CO2" },
                    new { key = "bad-unit", code = "ELEC.GRID.CN.CO2.2023", unit = "kg" },
                },
            });
        var results = data.GetProperty("resolveFactors").GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal("15100", results[0].GetProperty("value").GetRawText());
        Assert.Equal("t", results[0].GetProperty("unit").GetProperty("code").GetString());
        Assert.Equal("MAT.LI2CO3.CN.LEPIDOLITE.CO2E.2023", results[1].GetProperty("factor").GetProperty("code").GetString());
        Assert.Equal(["GEOGRAPHY_FALLBACK", "YEAR_FALLBACK", "MATCH", "TIE_BREAK"],
            results[1].GetProperty("trail").EnumerateArray().Select(t => t.GetProperty("kind").GetString()));
        Assert.Equal("AMBIGUOUS_GEOGRAPHY", results[2].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, results[2].GetProperty("factor").ValueKind);
        Assert.Equal("INCOMPATIBLE_UNIT", results[3].GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("requests[3].unit", results[3].GetProperty("error").GetProperty("field").GetString());
    }

    [Fact]
    public async Task ElectricityFactor_blends_and_refuses_impossible_mixes()
    {
        var data = await DataAsync("""
            { electricityFactor(input: { site: "CN-JS", year: 2023, model: SPECIFIC_SUPPLY, gasCoverage: CO2,
                                         certificateSharePercent: 30, certificateSource: WIND }) {
                model gasCoverage value unit { code } site { code gridRegion { code } }
                components { role sharePercent value factor { code } } snapshot { label } } }
            """);
        var e = data.GetProperty("electricityFactor");
        Assert.Equal("0.42672", e.GetProperty("value").GetRawText());
        Assert.Equal("CO2", e.GetProperty("gasCoverage").GetString());
        Assert.Equal(["CERTIFICATE_COVERED", "RESIDUAL"], e.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("role").GetString()));

        var tooMuch = await SingleErrorAsync("""
            { electricityFactor(input: { site: "CN-JS", year: 2023, model: SPECIFIC_SUPPLY, gasCoverage: CO2,
                                         certificateSharePercent: 150, certificateSource: WIND }) { value } }
            """);
        Assert.Equal("INVALID_CERTIFICATE_SHARE", Code(tooMuch));
        Assert.Equal("input.certificateSharePercent", tooMuch.GetProperty("extensions").GetProperty("field").GetString());

        var mixed = await SingleErrorAsync("""
            { electricityFactor(input: { site: "CN-JS", year: 2023, model: SPECIFIC_SUPPLY, gasCoverage: CO2E,
                                         certificateSharePercent: 30, certificateSource: WIND }) { value } }
            """);
        Assert.Equal("NO_FACTOR_FOR_COVERAGE", Code(mixed));
    }

    [Fact]
    public async Task Access_levels_hide_numbers_everywhere_for_those_not_allowed()
    {
        const string query = """
            { registered: factor(code: "MAT.CATHODE-NCM.CN.DEMO.CO2E.2024") { version { value valueWithheld accessLevel } valueIn(unit: "t") }
              computeOnly: factor(code: "MAT.ELECTROLYTE.CN.DEMO.CO2E.2024") { version { value valueWithheld } valueIn(unit: "t") }
              byValue: factors(where: { value: { eq: 5 }, provider: { eq: "FH-DEMO" } }) { totalCount } }
            """;
        var anonymous = await DataAsync(query);
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("registered").GetProperty("version").GetProperty("value").ValueKind);
        Assert.True(anonymous.GetProperty("registered").GetProperty("version").GetProperty("valueWithheld").GetBoolean());
        Assert.Equal(JsonValueKind.Null, anonymous.GetProperty("registered").GetProperty("valueIn").ValueKind);
        Assert.Equal("REGISTERED", anonymous.GetProperty("registered").GetProperty("version").GetProperty("accessLevel").GetString());
        Assert.Equal(0, anonymous.GetProperty("byValue").GetProperty("totalCount").GetInt32());

        var signedIn = await DataAsync(query, user: SignedIn);
        Assert.Equal("20", signedIn.GetProperty("registered").GetProperty("version").GetProperty("value").GetRawText());
        Assert.Equal("20000", signedIn.GetProperty("registered").GetProperty("valueIn").GetRawText());
        // compute_only is never disclosed, not even to signed-in callers, nor through a filter on its value (5).
        Assert.Equal(JsonValueKind.Null, signedIn.GetProperty("computeOnly").GetProperty("version").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, signedIn.GetProperty("computeOnly").GetProperty("valueIn").ValueKind);
        Assert.Equal(0, signedIn.GetProperty("byValue").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Reference_data_queries()
    {
        var data = await DataAsync("""
            { categories { code children { code children { code } } }
              grades { level code eligibleSourceTypes }
              units(dimension: ENERGY) { code toBaseNumerator toBaseDenominator isBase }
              geographies(kind: GRID_REGION) { code nameZh }
              geography(code: "CN-NM-W") { kind parent { code } gridRegion { code } fallback { code } } }
            """);
        var mat = data.GetProperty("categories").EnumerateArray().First(c => c.GetProperty("code").GetString() == "MAT");
        Assert.Contains(mat.GetProperty("children").EnumerateArray(), c => c.GetProperty("code").GetString() == "MAT.CATHODE"
            && c.GetProperty("children").EnumerateArray().Any(g => g.GetProperty("code").GetString() == "MAT.CATHODE.LFP"));
        Assert.Equal([1, 2, 3], data.GetProperty("grades").EnumerateArray().Select(g => g.GetProperty("level").GetInt32()));
        Assert.Equal(["MEASURED"], data.GetProperty("grades")[0].GetProperty("eligibleSourceTypes").EnumerateArray().Select(s => s.GetString()));
        var kwh = data.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == "kWh");
        Assert.Equal("18", kwh.GetProperty("toBaseNumerator").GetRawText());
        Assert.Equal(7, data.GetProperty("geographies").GetArrayLength());
        Assert.Equal(["CN-NM-W", "CN-GRID-N", "CN", "GLO"],
            data.GetProperty("geography").GetProperty("fallback").EnumerateArray().Select(g => g.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Snapshots_connection_and_node_ids_round_trip()
    {
        var data = await DataAsync("""
            { snapshots { totalCount nodes { id label factorCount } }
              factor(code: "MAT.AL-PRIMARY.GLO.CO2E.2022", snapshot: "2026.00") { id version { id } category { id } unit { id } provider { id } geography { id } } }
            """);
        var snapshots = data.GetProperty("snapshots").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(["2026.01", "2026.00"], snapshots.Select(s => s.GetProperty("label").GetString()));
        var factor = data.GetProperty("factor");
        var ids = new[]
        {
            factor.GetProperty("id").GetString(), factor.GetProperty("version").GetProperty("id").GetString(),
            factor.GetProperty("category").GetProperty("id").GetString(), factor.GetProperty("unit").GetProperty("id").GetString(),
            factor.GetProperty("provider").GetProperty("id").GetString(), factor.GetProperty("geography").GetProperty("id").GetString(),
            snapshots[1].GetProperty("id").GetString(), "V2lkZ2V0Ong",
        };
        var nodes = await DataAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
              ... on Factor { code snapshot { label } } ... on FactorVersion { versionNumber } ... on Category { code }
              ... on Unit { code } ... on Organisation { code } ... on Geography { code } ... on Snapshot { label } } }
            """, new { ids });
        var resolved = nodes.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal(["Factor", "FactorVersion", "Category", "Unit", "Organisation", "Geography", "Snapshot"],
            resolved.Take(7).Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(ids.Take(7), resolved.Take(7).Select(n => n.GetProperty("id").GetString()));
        Assert.Equal("2026.00", resolved[0].GetProperty("snapshot").GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, resolved[7].ValueKind);

        var invalid = await SingleErrorAsync("""{ node(id: "not an id") { id } }""");
        Assert.Equal("INVALID_ID", Code(invalid));
    }
}
