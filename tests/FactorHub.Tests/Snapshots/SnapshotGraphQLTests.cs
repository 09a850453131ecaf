using System.Net.Http.Json;
using System.Text.Json;
using FactorHub.Tests.Infrastructure;

namespace FactorHub.Tests.Snapshots;

public sealed class SnapshotGraphQLTests : DatabaseTest
{
    protected override TestTemplate Template => TestTemplate.Seeded;

    private string _root = "";

    public override async Task DisposeAsync()
    {
        if (_root.Length > 0 && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
        await base.DisposeAsync();
    }

    private SnapshotDownloadTests.DownloadHost CreateHost()
    {
        _root = Path.Combine(Path.GetTempPath(), "factorhub-graphql-tests", Guid.NewGuid().ToString("N"));
        return new SnapshotDownloadTests.DownloadHost(Database, new Dictionary<string, string?> { ["Snapshots:ArtifactDirectory"] = _root });
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private const string Publish =
        """mutation { publishSnapshot(input: { label: "2026.01", descriptionEn: "test" }) { snapshot { label factorCount previousLabel manifestUrl } errors { code message } } }""";

    [Theory]
    [InlineData(null, null, "UNAUTHENTICATED", "Sign in as a curator to publish a snapshot.")]
    [InlineData("consumer", "", "FORBIDDEN", "Only curators and administrators publish snapshots.")]
    public async Task PublishSnapshotIsRefusedToAnyoneButCurators(string? user, string? roles, string code, string message)
    {
        await using var host = CreateHost();
        using var client = host.CreateClient();
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user);
            client.DefaultRequestHeaders.Add("X-Test-Roles", roles);
        }

        var result = await PostAsync(client, Publish);

        var payload = result.GetProperty("data").GetProperty("publishSnapshot");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("snapshot").ValueKind);
        Assert.Equal(code, payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(message, payload.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task ACuratorPublishesAndTheDiffIsQueryable()
    {
        await using var host = CreateHost();
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthHandler.Header, "curator");
        client.DefaultRequestHeaders.Add("X-Test-Roles", "Curator");
        await using (var connection = await Database.OpenAppConnectionAsync())
        {
            await SnapshotCases.NewVersionAsync(connection, "ELEC.GRID.CN-GRID-E.CO2.2023", "0.5", 3);
        }

        var published = (await PostAsync(client, Publish)).GetProperty("data").GetProperty("publishSnapshot");
        Assert.Equal(JsonValueKind.Null, published.GetProperty("errors").ValueKind);
        Assert.Equal("2026.00", published.GetProperty("snapshot").GetProperty("previousLabel").GetString());
        Assert.Equal("/snapshots/2026.01/manifest.json", published.GetProperty("snapshot").GetProperty("manifestUrl").GetString());

        var again = (await PostAsync(client, Publish)).GetProperty("data").GetProperty("publishSnapshot");
        Assert.Equal("INVALID_LABEL", again.GetProperty("errors")[0].GetProperty("code").GetString());

        var diff = (await PostAsync(client,
            """{ snapshotDiff(from: "2026.00", to: "2026.01") { changed { code kind oldVersionNumber newVersionNumber newValue } added { code } } }"""))
            .GetProperty("data").GetProperty("snapshotDiff");
        var changed = Assert.Single(diff.GetProperty("changed").EnumerateArray());
        Assert.Equal("ELEC.GRID.CN-GRID-E.CO2.2023", changed.GetProperty("code").GetString());
        Assert.Equal("CHANGED", changed.GetProperty("kind").GetString());
        Assert.Equal("0.5", changed.GetProperty("newValue").GetRawText());
        Assert.Empty(diff.GetProperty("added").EnumerateArray());

        var downloads = (await PostAsync(client, """{ snapshot(label: "2026.01") { downloads { manifest registeredManifest signingKey } } }"""))
            .GetProperty("data").GetProperty("snapshot").GetProperty("downloads");
        Assert.Equal("/snapshots/2026.01/manifest.json", downloads.GetProperty("manifest").GetString());
        Assert.Equal("/snapshots/2026.01/registered/manifest.json", downloads.GetProperty("registeredManifest").GetString());

        // The catalogue serves the new snapshot as the latest at once.
        var latest = await PostAsync(client, """{ factor(code: "ELEC.GRID.CN-GRID-E.CO2.2023") { snapshot { label } } }""");
        Assert.Equal("2026.01", latest.GetProperty("data").GetProperty("factor").GetProperty("snapshot").GetProperty("label").GetString());

        var unknown = await PostAsync(client, """{ snapshotDiff(from: "2026.00", to: "2099.01") { from } }""");
        Assert.Equal("to: no published snapshot '2099.01'.", unknown.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("NOT_FOUND", unknown.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
