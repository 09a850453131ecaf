using System.Text.Json;
using System.Text.RegularExpressions;
using FactorHub.Identity;
using FactorHub.Seeding;
using FactorHub.Tests.Infrastructure;
using FactorHub.Tests.Seeding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace FactorHub.Tests.Identity;

/// <summary>
/// Plants a compute-only version with a unique sentinel value and exercises every catalogue read path as callers
/// who must not see it: neither the value nor a converted form of it (other units, other number formats) may appear
/// in a response body, an error, or a log line. Curators and the owning organisation do see it (which proves the
/// sentinel is reachable), and a curator's access is audited.
/// </summary>
public sealed partial class ComputeOnlyLeakTests : DatabaseTest
{
    private const string Code = "MAT.ELECTROLYTE.CN.DEMO.CO2E.2024";
    private const string Sentinel = "4.86420975318";
    /// <summary>The sentinel's significant digits: any unit conversion (×10ⁿ) or number format keeps them.</summary>
    private const string SentinelDigits = "4864209753";
    /// <summary>A second sentinel on a regional grid factor (owned by FH-CURATION), made compute-only: electricity blends use it.</summary>
    private const string GridCode = "ELEC.GRID.CN-GRID-E.CO2.2023";
    private const string GridSentinel = "0.58642097531";
    private const string GridSentinelDigits = "5864209753";

    private SeedDirectoryCopy? _seed;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _seed = new SeedDirectoryCopy();
        var lines = _seed.ReadLines("factors-demo-synthetic.csv");
        var line = Array.FindIndex(lines, l => l.StartsWith(Code + ",", StringComparison.Ordinal)) + 1;
        _seed.ReplaceLine("factors-demo-synthetic.csv", line, l => l.Replace(",5,co2e,", $",{Sentinel},co2e,", StringComparison.Ordinal));
        var grid = _seed.ReadLines("factors-electricity-mee.csv");
        var gridLine = Array.FindIndex(grid, l => l.StartsWith(GridCode + ",", StringComparison.Ordinal)) + 1;
        _seed.ReplaceLine("factors-electricity-mee.csv", gridLine, l => ReplaceOnce(ReplaceOnce(l, ",0.5500,co2,", $",{GridSentinel},co2,"),
            ",public,", ",compute_only,"));
        await SeedLoader.LoadAsync(Database.AppConnectionString, _seed.Path, NullLogger.Instance, CancellationToken.None);
    }

    public override async Task DisposeAsync()
    {
        _seed?.Dispose();
        await base.DisposeAsync();
    }

    private static readonly string[] ReadPaths =
    [
        $$"""{ factor(code: "{{Code}}") { code version { id value valueWithheld co2Fossil co2Biogenic ch4 n2o otherGhg uncertainty { lower upper } accessLevel } valueIn(unit: "g") versions { value } series { version { value } } } }""",
        $$"""{ f1: factor(code: "{{Code}}") { valueIn(unit: "t") } f2: factor(code: "{{Code}}") { valueIn(unit: "kWh") } }""",
        $$"""{ factors(where: { value: { eq: {{Sentinel}} } }) { totalCount nodes { code } } }""",
        """{ factors(where: { value: { gt: 4.8, lt: 4.9 } }) { totalCount nodes { code } } }""",
        """{ factors(where: { value: { in: ["4.86420975318", "4.864209753180"] } }) { totalCount } }""",
        """{ factors(first: 100, where: { kind: { eq: MATERIAL } }, order: [{ value: ASC }]) { nodes { code version { value } } } }""",
        """{ factors(first: 100, where: { kind: { eq: MATERIAL } }, order: [{ value: DESC }]) { nodes { code version { value } } } }""",
        """{ searchFactors(text: "electrolyte") { nodes { code version { value } valueIn(unit: "g") } } }""",
        """{ searchFactors(text: "电解液", where: { value: { gte: 4 } }) { totalCount } }""",
        $$"""{ resolveFactors(requests: [{ code: "{{Code}}", unit: "g" }, { code: "{{Code}}", unit: "kWh" }, { code: "{{Code}}" }]) { results { value unit { code } version { value } trail { kind message } error { code message field } } } }""",
        """{ resolveFactors(requests: [{ kind: MATERIAL, category: "MAT.ELECTROLYTE", geography: "CN-JS", year: 2025 }]) { results { value version { value } trail { message } error { message } } } }""",
        $$"""query($v: Decimal) { factors(where: { value: { eq: $v } }) { totalCount } }""",
        $$"""{ factor(code: "{{GridCode}}") { version { value } valueIn(unit: "MWh") } }""",
        """{ electricityFactor(input: { site: "CN-JS", year: 2023, model: REGIONAL_GRID, gasCoverage: CO2 }) { value components { role sharePercent value factor { code version { value } } } trail { message } } }""",
        """{ electricityFactor(input: { site: "CN-SH", year: 2023, model: REGIONAL_GRID, gasCoverage: CO2, unit: "MWh" }) { value components { value } trail { message } } }""",
        """{ electricityFactor(input: { site: "CN-JS", year: 2023, model: REGIONAL_GRID, gasCoverage: CO2E }) { value trail { message } } }""",
        """{ resolveFactors(requests: [{ kind: GRID_ELECTRICITY, geography: "CN-ZJ", year: 2023, gasCoverage: CO2, unit: "MWh" }]) { results { value version { value } trail { message } error { message } } } }""",
        """{ factors(first: 100, where: { kind: { eq: GRID_ELECTRICITY } }, order: [{ value: DESC }]) { nodes { code version { value } } } }""",
    ];

    public static TheoryData<string, string> Callers => new()
    {
        { "anonymous", "" },
        { Roles.Consumer, "DEMO-BATTERY" },
        { Roles.Expert, "DEMO-INSTITUTE" },
        { Roles.Verifier, "DEMO-INSTITUTE" },
        { Roles.Provider, "DEMO-INSTITUTE" },
        { Roles.Administrator, "DEMO-ASSOCIATION" },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task The_sentinel_never_reaches_callers_outside_curators_and_the_owner(string role, string organisation)
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = Factory(logs);
        string? token = null;
        if (role != "anonymous")
        {
            var user = await IdentityTestKit.CreateAccountAsync(factory, role, organisation);
            token = (await IdentityTestKit.CreateFullTokenAsync(factory, user, role)).Token;
        }
        using var client = IdentityTestKit.Client(factory, token);

        var bodies = new List<string>();
        foreach (var query in ReadPaths)
        {
            var (_, body, text) = await IdentityTestKit.GraphQLAsync(client, query, new { v = Sentinel });
            bodies.Add(text);
            Assert.False(Leaks(text), $"{role}: the sentinel leaked through\n{query}\n{text}");
            if (body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("factors", out var factors) && factors.ValueKind == JsonValueKind.Object)
            {
                if (factors.TryGetProperty("totalCount", out var total) && query.Contains("value: {", StringComparison.Ordinal))
                {
                    // A hidden value matches no value filter.
                    Assert.Equal(0, total.GetInt32());
                }
                if (query.Contains("order:", StringComparison.Ordinal))
                {
                    AssertSortedWithTheHiddenValues(factors.GetProperty("nodes"));
                }
            }
        }
        Assert.Contains(bodies, b => b.Contains(Code, StringComparison.Ordinal));

        // Exports: both download sets, every format (gzip and xlsx unpacked).
        foreach (var set in new[] { "", "registered/" })
        {
            foreach (var file in new[] { "factors.csv", "factors.jsonl.gz", "factors.xlsx", "changes.csv", "manifest.json" })
            {
                var response = await client.GetAsync($"/snapshots/2026.00/{set}{file}");
                if (set.Length > 0 && role == "anonymous")
                {
                    Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
                    continue;
                }
                Assert.True(response.IsSuccessStatusCode, $"{set}{file}: {(int)response.StatusCode}");
                var text = await ExportTextAsync(file, await response.Content.ReadAsByteArrayAsync());
                Assert.False(Leaks(text), $"{role}: the sentinel leaked into {set}{file}");
                if (file == "factors.csv") Assert.Contains(Code, text);
            }
        }
        var leakedLogs = logs.Messages.Where(Leaks).ToList();
        Assert.True(leakedLogs.Count == 0, "The sentinel leaked into logs:\n" + string.Join("\n", leakedLogs));
    }

    [Theory]
    [InlineData(Roles.Curator, "FH-CURATION", true)]
    [InlineData(Roles.Provider, "FH-DEMO", false)]
    public async Task Curators_and_the_owning_organisation_see_the_value_and_curator_access_is_audited(string role, string organisation, bool audited)
    {
        var logs = new CapturingLoggerProvider();
        await using var factory = Factory(logs);
        var user = await IdentityTestKit.CreateAccountAsync(factory, role, organisation);
        var token = (await IdentityTestKit.CreateFullTokenAsync(factory, user, role)).Token;
        using var client = IdentityTestKit.Client(factory, token);

        var (_, _, text) = await IdentityTestKit.GraphQLAsync(client, ReadPaths[0]);
        var electricity = ReadPaths.Single(q => q.Contains("site: \"CN-JS\", year: 2023, model: REGIONAL_GRID, gasCoverage: CO2 }", StringComparison.Ordinal));
        var (_, _, blend) = await IdentityTestKit.GraphQLAsync(client, electricity);

        Assert.True(Leaks(text), text);
        // The blend uses the compute-only grid factor: its owner (FH-CURATION) sees the value, FH-DEMO's provider does not.
        Assert.Equal(organisation == "FH-CURATION", blend.Contains(GridSentinel, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, Leaks);
        await using var connection = await Database.OpenOwnerConnectionAsync();
        await using var select = new NpgsqlCommand("SELECT actor, details::text FROM audit_log WHERE event = 'compute-only-access'", connection);
        await using var reader = await select.ExecuteReaderAsync();
        if (!audited)
        {
            Assert.False(await reader.ReadAsync());
            return;
        }
        Assert.True(await reader.ReadAsync());
        Assert.Equal(user.Email, reader.GetString(0));
        Assert.Contains(Code + " v1", reader.GetString(1));
        Assert.False(Leaks(reader.GetString(1)));
    }

    private FactorHubWebApplicationFactory Factory(CapturingLoggerProvider logs) => new CapturingFactory(Database, _seed!.Path, logs);

    private static async Task<string> ExportTextAsync(string file, byte[] bytes)
    {
        if (file.EndsWith(".gz", StringComparison.Ordinal))
        {
            await using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            return await reader.ReadToEndAsync();
        }
        if (file.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(bytes));
            var parts = new List<string>();
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                parts.Add(await reader.ReadToEndAsync());
            }
            return string.Join("\n", parts);
        }
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Whether <paramref name="text"/> holds the sentinel in any unit or number format.</summary>
    private static bool Leaks(string text) =>
        text.Contains(Sentinel, StringComparison.Ordinal) || text.Contains(GridSentinel, StringComparison.Ordinal)
        || Number().Matches(text).Select(m => m.Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).TrimStart('-', '0'))
            .Any(digits => digits.Contains(SentinelDigits, StringComparison.Ordinal) || digits.Contains(GridSentinelDigits, StringComparison.Ordinal));

    private static string ReplaceOnce(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not in the seed row");
        return text[..at] + replacement + text[(at + find.Length)..];
    }

    /// <summary>In a sort by value, a hidden version sits among the versions without a value, so its place reveals nothing.</summary>
    private static void AssertSortedWithTheHiddenValues(JsonElement nodes)
    {
        var list = nodes.EnumerateArray().Select(n => (Code: n.GetProperty("code").GetString(),
            HasValue: n.GetProperty("version").GetProperty("value").ValueKind != JsonValueKind.Null)).ToList();
        var hidden = new[] { Code, GridCode }.Select(c => list.FindIndex(n => n.Code == c)).Where(i => i >= 0).ToList();
        Assert.True(hidden.Count > 0, "a compute-only factor is listed");
        foreach (var index in hidden)
        {
            var start = index;
            while (start > 0 && !list[start - 1].HasValue) start--;
            var end = index;
            while (end < list.Count - 1 && !list[end + 1].HasValue) end++;
            // The block of value-less factors around it reaches an end of the list: hidden values sort as null.
            Assert.True(start == 0 || end == list.Count - 1, $"{list[index].Code} is sorted among factors with values at position {index}");
        }
    }

    [GeneratedRegex(@"\d[\d.,]*(?:[eE][-+]?\d+)?")]
    private static partial Regex Number();

    private sealed class CapturingFactory(TestDatabase database, string seedDirectory, CapturingLoggerProvider logs)
        : FactorHubWebApplicationFactory(database, new Dictionary<string, string?> { ["Database:SeedDirectory"] = seedDirectory })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        }
    }
}
