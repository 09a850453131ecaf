using System.Net;
using System.Text;
using System.Text.Json;
using FactorHub.Identity;
using FactorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FactorHub.Tests.Identity;

/// <summary>
/// Walks every query and mutation field (from introspection) and every download route as every role and as an
/// anonymous caller, and compares the outcome with the matrix in docs/security.md. A field or download the matrix
/// does not list fails the test.
/// </summary>
public sealed class AuthorizationMatrixTests : DatabaseTest
{
    private const string Anonymous = "anonymous";

    protected override TestTemplate Template => TestTemplate.Seeded;

    [Fact]
    public async Task Every_field_and_download_allows_and_denies_as_docs_security_md_says()
    {
        var matrix = SecurityDoc.ReadMatrix();
        await using var factory = new FactorHubWebApplicationFactory(Database);
        var callers = new Dictionary<string, string?> { [Anonymous] = null };
        foreach (var role in Roles.All)
        {
            var organisation = role is Roles.Curator or Roles.Administrator ? "FH-CURATION" : "DEMO-INSTITUTE";
            var user = await IdentityTestKit.CreateAccountAsync(factory, role, organisation);
            callers[role] = (await IdentityTestKit.CreateFullTokenAsync(factory, user, role)).Token;
        }

        var fields = await IntrospectRootFieldsAsync(IdentityTestKit.Client(factory));
        Assert.Contains("Query.auditLog", fields.Keys);
        var unlisted = fields.Keys.Where(f => !matrix.ContainsKey(f)).Order().ToList();
        Assert.True(unlisted.Count == 0, $"Fields missing from the matrix in docs/security.md: {string.Join(", ", unlisted)}");

        var downloads = DownloadRoutes(factory);
        var unlistedDownloads = downloads.Where(d => !matrix.ContainsKey(d)).ToList();
        Assert.True(unlistedDownloads.Count == 0, $"Downloads missing from the matrix in docs/security.md: {string.Join(", ", unlistedDownloads)}");

        var mismatches = new List<string>();
        foreach (var (caller, token) in callers)
        {
            using var client = IdentityTestKit.Client(factory, token);
            foreach (var (coordinate, document) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var (response, body, text) = await IdentityTestKit.GraphQLAsync(client, document);
                var codes = IdentityTestKit.ErrorCodes(body).Concat(PayloadErrorCodes(body, coordinate)).ToList();
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || codes.Contains("UNAUTHENTICATED") || codes.Contains("FORBIDDEN");
                Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{coordinate} as {caller}: {text}");
                var expected = matrix[coordinate][caller];
                if (denied == expected)
                {
                    mismatches.Add($"{coordinate} as {caller}: expected {(expected ? "allowed" : "denied")}, got {(denied ? "denied" : "allowed")} ({text})");
                }
                if (denied && !expected)
                {
                    Assert.Contains(caller == Anonymous ? "UNAUTHENTICATED" : "FORBIDDEN", codes);
                }
            }
            foreach (var download in downloads)
            {
                var path = download["GET ".Length..].Replace("{label}", "2026.00", StringComparison.Ordinal)
                    .Replace("{file}", "manifest.json", StringComparison.Ordinal);
                var response = await client.GetAsync(path);
                var denied = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                if (denied == matrix[download][caller])
                {
                    mismatches.Add($"{download} as {caller}: expected {(matrix[download][caller] ? "allowed" : "denied")}, got {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(mismatches.Count == 0, "Authorization differs from docs/security.md:\n" + string.Join("\n", mismatches));
    }

    [Fact]
    public void The_matrix_lists_every_role_for_every_row()
    {
        var matrix = SecurityDoc.ReadMatrix();

        Assert.Contains("Query.auditLog", matrix.Keys);
        string[] callers = [Anonymous, .. Roles.All];
        Assert.All(matrix, row => Assert.Equal(callers.Order(), row.Value.Keys.Order()));
        Assert.False(matrix["Query.auditLog"][Roles.Curator]);
        Assert.True(matrix["Query.factors"][Anonymous]);
    }

    /// <summary>A mutation may refuse in its payload (HotChocolate style: <c>errors { code }</c>) instead of a GraphQL error.</summary>
    private static IEnumerable<string> PayloadErrorCodes(JsonElement body, string coordinate)
    {
        var field = coordinate[(coordinate.IndexOf('.') + 1)..];
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty(field, out var payload) || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return [];
        }
        return errors.EnumerateArray().Select(e => e.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "");
    }

    /// <summary>One runnable document per root field: required arguments get placeholder values, composite results select __typename.</summary>
    private static async Task<Dictionary<string, string>> IntrospectRootFieldsAsync(HttpClient client)
    {
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name } } }";
        var (_, body, text) = await IdentityTestKit.GraphQLAsync(client, $$"""
            { __schema {
                queryType { name } mutationType { name }
                types { kind name
                  fields { name args { name type { {{typeRef}} } } type { {{typeRef}} } }
                  inputFields { name type { {{typeRef}} } }
                  enumValues { name } } } }
            """);
        Assert.False(body.TryGetProperty("errors", out _), text);
        var schema = body.GetProperty("data").GetProperty("__schema");
        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (root, keyword) in new[] { ("queryType", "query"), ("mutationType", "mutation") })
        {
            if (schema.GetProperty(root).ValueKind == JsonValueKind.Null) continue;
            var rootName = schema.GetProperty(root).GetProperty("name").GetString()!;
            foreach (var field in types[rootName].GetProperty("fields").EnumerateArray())
            {
                var name = field.GetProperty("name").GetString()!;
                var args = field.GetProperty("args").EnumerateArray()
                    .Where(a => a.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL")
                    .Select(a => $"{a.GetProperty("name").GetString()}: {Placeholder(a.GetProperty("type"), types)}")
                    .ToList();
                var selection = !IsComposite(field.GetProperty("type"), types) ? ""
                    : HasPayloadErrors(field.GetProperty("type"), types) ? " { __typename errors { code } }" : " { __typename }";
                documents[$"{rootName}.{name}"] = $"{keyword} {{ {name}{(args.Count > 0 ? $"({string.Join(", ", args)})" : "")}{selection} }}";
            }
        }
        return documents;
    }

    private static JsonElement Named(JsonElement type)
    {
        while (type.GetProperty("kind").GetString() is "NON_NULL" or "LIST") type = type.GetProperty("ofType");
        return type;
    }

    private static bool HasPayloadErrors(JsonElement type, Dictionary<string, JsonElement> types) =>
        types[Named(type).GetProperty("name").GetString()!] is var payload && payload.GetProperty("fields").ValueKind == JsonValueKind.Array
        && payload.GetProperty("fields").EnumerateArray().Any(f => f.GetProperty("name").GetString() == "errors"
            && types[Named(f.GetProperty("type")).GetProperty("name").GetString()!] is var error
            && error.GetProperty("fields").ValueKind == JsonValueKind.Array
            && error.GetProperty("fields").EnumerateArray().Any(x => x.GetProperty("name").GetString() == "code"));

    private static bool IsComposite(JsonElement type, Dictionary<string, JsonElement> types) =>
        Named(type).GetProperty("kind").GetString() is "OBJECT" or "INTERFACE" or "UNION";

    private static string Placeholder(JsonElement type, Dictionary<string, JsonElement> types)
    {
        switch (type.GetProperty("kind").GetString())
        {
            case "NON_NULL":
                return Placeholder(type.GetProperty("ofType"), types);
            case "LIST":
                return $"[{Placeholder(type.GetProperty("ofType"), types)}]";
            case "ENUM":
                return types[type.GetProperty("name").GetString()!].GetProperty("enumValues")[0].GetProperty("name").GetString()!;
            case "INPUT_OBJECT":
                var fields = types[type.GetProperty("name").GetString()!].GetProperty("inputFields").EnumerateArray()
                    .Where(f => f.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL")
                    .Select(f => $"{f.GetProperty("name").GetString()}: {Placeholder(f.GetProperty("type"), types)}");
                return $"{{ {string.Join(", ", fields)} }}";
            default:
                return type.GetProperty("name").GetString() switch
                {
                    "Int" => "1",
                    "Float" or "Decimal" => "1",
                    "Boolean" => "true",
                    "DateTime" => "\"2030-01-01T00:00:00Z\"",
                    "Date" => "\"2030-01-01\"",
                    _ => "\"x\"",
                };
        }
    }

    private static List<string> DownloadRoutes(FactorHubWebApplicationFactory factory)
    {
        var sources = factory.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("snapshots", StringComparison.Ordinal) == true)
            .Select(e => "GET /" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order(StringComparer.Ordinal).ToList();
    }
}

/// <summary>Reads the authorization matrix tables from docs/security.md.</summary>
internal static class SecurityDoc
{
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "FactorHub.sln"))) return System.IO.Path.Combine(dir.FullName, "docs", "security.md");
            }
            throw new InvalidOperationException("No FactorHub.sln above the test binaries.");
        }
    }

    /// <summary>Row (e.g. <c>Query.factors</c> or <c>GET /snapshots/{label}/factors.csv</c>) → caller → allowed.</summary>
    public static Dictionary<string, Dictionary<string, bool>> ReadMatrix()
    {
        var rows = new Dictionary<string, Dictionary<string, bool>>(StringComparer.Ordinal);
        string[]? header = null;
        foreach (var line in File.ReadLines(Path, Encoding.UTF8))
        {
            if (!line.StartsWith('|'))
            {
                header = null;
                continue;
            }
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (header is null)
            {
                header = cells.Length > 1 && cells[1] == "anonymous" ? cells : [];
                continue;
            }
            if (header.Length == 0 || cells[0].StartsWith("---", StringComparison.Ordinal)) continue;
            var key = cells[0].Trim('`');
            Assert.False(rows.ContainsKey(key), $"docs/security.md lists {key} twice");
            rows[key] = header.Skip(1).Select((caller, i) => (caller, cell: cells[i + 1]))
                .ToDictionary(c => c.caller, c => c.cell switch
                {
                    "yes" => true,
                    "no" => false,
                    _ => throw new InvalidOperationException($"docs/security.md: '{c.cell}' in row {key} is neither yes nor no"),
                });
        }
        return rows;
    }
}
