using FactorHub.Database;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FactorHub.Tests.Infrastructure;

public sealed class FactorHubWebApplicationFactoryTests : DatabaseTest
{
    [Fact]
    public async Task TheServiceIsPointedAtTheTestDatabase()
    {
        await using var factory = new FactorHubWebApplicationFactory(Database);
        using var client = factory.CreateClient();

        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        Assert.Equal(Database.AppConnectionString, configuration.GetConnectionString(DatabaseConnections.ApplicationName));
        Assert.Equal(Database.OwnerConnectionString, configuration.GetConnectionString(DatabaseConnections.OwnerName));
    }

    [Fact]
    public async Task StartingTheServiceLeavesTheTestDatabaseAsTheTemplateMadeIt()
    {
        var before = await CountRowsAsync();

        await using (var factory = new FactorHubWebApplicationFactory(Database))
        {
            using var client = factory.CreateClient();
        }

        Assert.Equal(before, await CountRowsAsync());
    }

    // Rows in every table of the public schema, whatever the tables are called.
    private async Task<long> CountRowsAsync()
    {
        await using var connection = await Database.OpenOwnerConnectionAsync();
        await using var count = new NpgsqlCommand(
            """
            SELECT coalesce(sum((xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', schemaname, tablename), false, true, '')))[1]::text::bigint), 0)::bigint
            FROM pg_tables WHERE schemaname = 'public'
            """,
            connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
