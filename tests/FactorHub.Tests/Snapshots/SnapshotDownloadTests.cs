using System.IO.Compression;
using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactorHub.Snapshots;
using FactorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FactorHub.Tests.Snapshots;

public sealed class SnapshotDownloadTests : DatabaseTest
{
    protected override TestTemplate Template => TestTemplate.Seeded;

    private string _root = "";

    private DownloadHost CreateHost()
    {
        _root = Path.Combine(Path.GetTempPath(), "factorhub-download-tests", Guid.NewGuid().ToString("N"));
        return new DownloadHost(Database, new Dictionary<string, string?> { ["Snapshots:ArtifactDirectory"] = _root });
    }

    public override async Task DisposeAsync()
    {
        if (_root.Length > 0 && Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
        await base.DisposeAsync();
    }

    [Fact]
    public async Task TheManifestSignatureVerifiesAndFailsAfterAOneByteChange()
    {
        await using var host = CreateHost();
        using var client = host.CreateClient();

        var manifest = await client.GetByteArrayAsync("/snapshots/2026.00/manifest.json");
        var signature = await client.GetByteArrayAsync("/snapshots/2026.00/manifest.sig");
        var publicKey = await client.GetStringAsync("/snapshots/signing-key.pem");

        Assert.Equal(64, signature.Length);
        Assert.True(SnapshotSigningKeyVerify(publicKey, manifest, signature));
        var tampered = (byte[])manifest.Clone();
        tampered[tampered.Length / 2] ^= 0x01;
        Assert.False(SnapshotSigningKeyVerify(publicKey, tampered, signature));

        // Every listed file has the manifest's SHA-256 and size.
        using var json = JsonDocument.Parse(manifest);
        Assert.Equal("public", json.RootElement.GetProperty("set").GetString());
        foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
        {
            var bytes = await client.GetByteArrayAsync("/snapshots/2026.00/" + file.GetProperty("name").GetString());
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
            Assert.Equal(file.GetProperty("bytes").GetInt64(), bytes.Length);
        }
    }

    private static bool SnapshotSigningKeyVerify(string pem, byte[] manifest, byte[] signature) =>
        FactorHub.Snapshots.Downloads.SnapshotSigningKey.Verify(pem, manifest, signature);

    [Fact]
    public async Task ThePublicSetIsImmutableCacheableWithETagAndRanges()
    {
        await using var host = CreateHost();
        using var client = host.CreateClient();

        using var full = await client.GetAsync("/snapshots/2026.00/factors.csv");
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", full.Headers.CacheControl!.ToString());
        var etag = full.Headers.ETag!;
        var body = await full.Content.ReadAsByteArrayAsync();

        using var range = new HttpRequestMessage(HttpMethod.Get, "/snapshots/2026.00/factors.csv");
        range.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(10, 19);
        using var partial = await client.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(body[10..20], await partial.Content.ReadAsByteArrayAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/snapshots/2026.00/factors.csv");
        conditional.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var missing = await client.GetAsync("/snapshots/2031.01/factors.csv");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task TheRegisteredSetNeedsASignedInCallerAndNoSetHoldsComputeOnlyValues()
    {
        await using var host = CreateHost();
        using var anonymous = host.CreateClient();
        using var refused = await anonymous.GetAsync("/snapshots/2026.00/registered/factors.jsonl.gz");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var signedIn = host.CreateClient();
        signedIn.DefaultRequestHeaders.Add(TestAuthHandler.Header, "consumer");
        using var response = await signedIn.GetAsync("/snapshots/2026.00/registered/factors.jsonl.gz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.False(response.Headers.CacheControl.Public);
        var registeredLines = await ReadJsonLinesAsync(await response.Content.ReadAsByteArrayAsync());
        var publicLines = await ReadJsonLinesAsync(await anonymous.GetByteArrayAsync("/snapshots/2026.00/factors.jsonl.gz"));

        await using var connection = await Database.OpenAppConnectionAsync();
        Assert.Equal(await connection.ScalarAsync<long>("SELECT count(*) FROM factors"), registeredLines.Count);
        Assert.Equal(registeredLines.Count, publicLines.Count);
        foreach (var (lines, visible) in new[] { (registeredLines, new[] { "public", "registered" }), (publicLines, new[] { "public" }) })
        {
            foreach (var line in lines)
            {
                var level = line.GetProperty("access_level").GetString()!;
                Assert.Equal(visible.Contains(level), line.GetProperty("value").ValueKind == JsonValueKind.Number);
            }
        }
        Assert.Contains(registeredLines, l => l.GetProperty("access_level").GetString() == "compute_only");
    }

    private static async Task<List<JsonElement>> ReadJsonLinesAsync(byte[] gzip)
    {
        using var reader = new StreamReader(new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress));
        var lines = new List<JsonElement>();
        while (await reader.ReadLineAsync() is { } line)
        {
            lines.Add(JsonDocument.Parse(line).RootElement.Clone());
        }
        return lines;
    }

    /// <summary>The service with a header-based test sign-in standing in for the identity feature.</summary>
    internal sealed class DownloadHost(TestDatabase database, IReadOnlyDictionary<string, string?> settings)
        : FactorHubWebApplicationFactory(database, settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services
                .AddAuthentication(TestAuthHandler.SchemeName)
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { }));
        }
    }
}

/// <summary>Signs in whoever sends <c>X-Test-User</c> (roles from <c>X-Test-Roles</c>, comma separated).</summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Header = "X-Test-User";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var claims = new List<Claim> { new(ClaimTypes.Name, user.ToString()) };
        claims.AddRange(Request.Headers["X-Test-Roles"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => new Claim(ClaimTypes.Role, r)));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName)));
    }
}
