using FactorHub.Database;
using FactorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FactorHub.Tests.Database;

public sealed class FactorHubDatabaseTests : IDisposable
{
    private readonly string _checkout = Path.Combine(Path.GetTempPath(), $"factorhub-checkout-{Guid.NewGuid():N}");
    private readonly MigrationsFolder _migrations = new();

    public void Dispose()
    {
        _migrations.Dispose();
        if (Directory.Exists(_checkout))
        {
            Directory.Delete(_checkout, recursive: true);
        }
    }

    // The path of `dotnet run` with nothing configured: own cluster in the checkout, migrate, serve, stop at shutdown.
    [Fact]
    public async Task WithoutAConnectionStringTheHostRunsItsOwnClusterAndStopsItAtShutdown()
    {
        Directory.CreateDirectory(Path.Combine(_checkout, ".git"));
        var contentRoot = Path.Combine(_checkout, "src", "FactorHub");
        Directory.CreateDirectory(contentRoot);
        _migrations.Write(
            "0001_create_items.sql",
            $"CREATE TABLE items (id int PRIMARY KEY);\nGRANT SELECT ON items TO {LocalPostgresCluster.ApplicationRoleName};");
        var logs = new CapturingLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:MigrationsDirectory"] = _migrations.Path });
        builder.WebHost.UseUrls("http://127.0.0.1:0");

        await using var database = await builder.AddFactorHubDatabaseAsync(loggerFactory);
        var cluster = database.LocalCluster!;
        Assert.Equal(Path.Combine(_checkout, ".data", "postgres"), cluster.DataDirectory);
        Assert.Equal(["0001_create_items.sql"], (await database.MigrateAsync()).Select(m => m.FileName));
        Assert.Equal(database.Connections.Application, builder.Configuration.GetConnectionString("FactorHub"));
        Assert.Equal(database.Connections.Owner, builder.Configuration.GetConnectionString("FactorHubOwner"));

        await using (var app = builder.Build())
        {
            await app.StartAsync();
            var connections = app.Services.GetRequiredService<DatabaseConnections>();
            await using (var connection = new NpgsqlConnection(connections.Application))
            {
                await connection.OpenAsync();
                await using var count = new NpgsqlCommand("SELECT count(*) FROM items", connection);
                Assert.Equal(0L, await count.ExecuteScalarAsync());
                Assert.Equal(LocalPostgresCluster.ApplicationRoleName, connection.UserName);
            }
            Assert.True(cluster.IsRunning);

            await app.StopAsync();
        }

        Assert.False(cluster.IsRunning);
        Assert.False(File.Exists(Path.Combine(cluster.DataDirectory, "postmaster.pid")));
        Assert.Contains(logs.Messages, m => m.StartsWith("Stopped the local PostgreSQL cluster", StringComparison.Ordinal));
    }
}
