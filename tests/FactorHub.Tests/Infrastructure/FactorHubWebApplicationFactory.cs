using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FactorHub.Tests.Infrastructure;

/// <summary>
/// Runs FactorHub in memory against a <see cref="TestDatabase"/>: the connection strings are given as configuration,
/// so the service uses that database and starts no cluster of its own. Extra settings override appsettings.
/// </summary>
public class FactorHubWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public FactorHubWebApplicationFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Database = database;
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:FactorHub"] = database.AppConnectionString,
            ["ConnectionStrings:FactorHubOwner"] = database.OwnerConnectionString,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
