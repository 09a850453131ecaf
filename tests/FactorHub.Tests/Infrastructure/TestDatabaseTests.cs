using Npgsql;

namespace FactorHub.Tests.Infrastructure;

public sealed class TestDatabaseTests
{
    [Fact]
    public async Task EachTestGetsItsOwnCopyOfTheTemplateAndItIsDroppedAfterwards()
    {
        var first = await TestDatabase.CreateAsync(TestTemplate.Migrated);
        string firstName;
        await using (var second = await TestDatabase.CreateAsync(TestTemplate.Migrated))
        {
            Assert.NotEqual(first.Name, second.Name);
            await using (var owner = await first.OpenOwnerConnectionAsync())
            {
                await using var create = new NpgsqlCommand("CREATE TABLE only_in_first (id int)", owner);
                await create.ExecuteNonQueryAsync();
            }

            Assert.Equal(1L, await ScalarAsync(first.OwnerConnectionString, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'"));
            Assert.Equal(0L, await ScalarAsync(second.OwnerConnectionString, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_first'"));
            // Both start from the migrated template.
            Assert.Equal(
                await ScalarAsync(first.OwnerConnectionString, "SELECT count(*) FROM schema_migrations"),
                await ScalarAsync(second.OwnerConnectionString, "SELECT count(*) FROM schema_migrations"));
            Assert.Equal("factorhub_app", await ScalarAsync(second.AppConnectionString, "SELECT current_user::text"));

            firstName = first.Name;
            await first.DisposeAsync();
        }

        var server = await PostgresServer.GetAsync();
        await using var connection = new NpgsqlConnection(server.SuperuserConnectionString());
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(firstName);
        Assert.Equal(0L, await exists.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AnEmptyDatabaseHasNoSchemaButHasTheExtensions()
    {
        await using var database = await TestDatabase.CreateAsync(TestTemplate.Empty);

        Assert.Equal(0L, await ScalarAsync(database.OwnerConnectionString, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        Assert.Equal(2L, await ScalarAsync(database.OwnerConnectionString, "SELECT count(*) FROM pg_extension WHERE extname IN ('pg_trgm', 'btree_gist')"));
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
