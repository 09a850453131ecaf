using FactorHub.Database;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace FactorHub.Tests.Database;

public sealed class DatabaseConnectionsTests
{
    [Fact]
    public void NoConnectionStringMeansTheLocalCluster()
    {
        var logs = new CapturingLoggerProvider();

        Assert.Null(DatabaseConnections.FromConfiguration(Configuration([]), logs.CreateLogger("test")));
    }

    [Fact]
    public void UsesTheOwnerConnectionStringForMigrations()
    {
        var logs = new CapturingLoggerProvider();

        var connections = DatabaseConnections.FromConfiguration(
            Configuration(new() { ["ConnectionStrings:FactorHub"] = "Host=db;Username=app", ["ConnectionStrings:FactorHubOwner"] = "Host=db;Username=owner" }),
            logs.CreateLogger("test"))!;

        Assert.Equal("Host=db;Username=app", connections.Application);
        Assert.Equal("Host=db;Username=owner", connections.Owner);
        Assert.False(connections.OwnerIsApplication);
        Assert.Empty(logs.Entries);
    }

    [Fact]
    public void WithoutAnOwnerConnectionStringMigratesAsTheApplicationAndWarns()
    {
        var logs = new CapturingLoggerProvider();

        var connections = DatabaseConnections.FromConfiguration(
            Configuration(new() { ["ConnectionStrings:FactorHub"] = "Host=db;Username=app;Password=secret" }),
            logs.CreateLogger("test"))!;

        Assert.Equal(connections.Application, connections.Owner);
        Assert.True(connections.OwnerIsApplication);
        var warning = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Equal(
            "ConnectionStrings:FactorHubOwner is not set, so migrations run with ConnectionStrings:FactorHub. If that role owns the tables, " +
            "the triggers that protect published and append-only data cannot be enforced against FactorHub.",
            warning.Message);
        Assert.DoesNotContain("secret", connections.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfiguredConnectionStringStartsNoCluster()
    {
        await using var database = await TestDatabase.CreateAsync();
        var contentRoot = Path.Combine(Path.GetTempPath(), $"factorhub-content-{Guid.NewGuid():N}");
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));

        await using var opened = await FactorHubDatabase.OpenAsync(
            Configuration(new() { ["ConnectionStrings:FactorHub"] = database.AppConnectionString, ["ConnectionStrings:FactorHubOwner"] = database.OwnerConnectionString }),
            contentRoot,
            loggerFactory);

        Assert.Null(opened.LocalCluster);
        Assert.False(Directory.Exists(contentRoot));
        Assert.Equal(database.AppConnectionString, opened.Connections.Application);
        Assert.Empty(await opened.MigrateAsync());
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
