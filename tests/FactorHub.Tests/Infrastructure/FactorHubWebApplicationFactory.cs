using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FactorHub.Tests.Infrastructure;

/// <summary>
/// Runs FactorHub in memory against a <see cref="TestDatabase"/>: the connection strings are given as configuration,
/// so the service uses that database and starts no cluster of its own, and start-up neither migrates nor seeds (the
/// test database's template decides its content; pass <c>Database:SeedOnStartup=true</c> to test seeding at start-up).
/// Snapshot artifacts go to a temporary folder deleted with the factory. Extra settings override appsettings and these
/// defaults.
/// </summary>
public class FactorHubWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _artifactDirectory;

    public FactorHubWebApplicationFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Database = database;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:FactorHub"] = database.AppConnectionString,
            ["ConnectionStrings:FactorHubOwner"] = database.OwnerConnectionString,
            // Program.cs runs under the factory up to app.Run(): without these it would seed every test database.
            // The template already made the database what the test asked for.
            ["Database:MigrateOnStartup"] = "false",
            ["Database:SeedOnStartup"] = "false",
            // Webhook receivers in the tests listen on 127.0.0.1 (WebhookAddressTests turn this off to test the guard).
            ["Snapshots:Webhooks:AllowPrivateNetworks"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
        // Snapshot files and the generated signing key go to a folder of this host's own, deleted on disposal, never
        // into the checkout (a test that passes Snapshots:ArtifactDirectory owns that folder).
        if (!_settings.ContainsKey("Snapshots:ArtifactDirectory"))
        {
            _artifactDirectory = Path.Combine(Path.GetTempPath(), "factorhub-tests", "artifacts-" + Guid.NewGuid().ToString("N"));
            _settings["Snapshots:ArtifactDirectory"] = _artifactDirectory;
        }
    }

    public TestDatabase Database { get; }

    // Host configuration reaches Program.cs before builder.Build(), where the database is resolved;
    // ConfigureAppConfiguration alone would apply only afterwards (dotnet/aspnetcore#37680).
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        return base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _artifactDirectory is not null && Directory.Exists(_artifactDirectory))
        {
            Directory.Delete(_artifactDirectory, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
