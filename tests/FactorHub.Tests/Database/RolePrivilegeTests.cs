using FactorHub.Database;
using FactorHub.Tests.Infrastructure;
using Npgsql;

namespace FactorHub.Tests.Database;

/// <summary>FactorHub's role owns nothing, so it cannot drop, alter or bypass what the owner's migrations create.</summary>
public sealed class RolePrivilegeTests : DatabaseTest, IDisposable
{
    private readonly MigrationsFolder _folder = new();

    protected override TestTemplate Template => TestTemplate.Empty;

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("DROP TABLE items", "must be owner of table items")]
    [InlineData("ALTER TABLE items ADD COLUMN extra text", "must be owner of table items")]
    [InlineData("ALTER TABLE items DISABLE TRIGGER ALL", "must be owner of table items")]
    [InlineData("TRUNCATE items", "permission denied for table items")]
    [InlineData("DELETE FROM items", "permission denied for table items")]
    [InlineData("CREATE TABLE mine (id int)", "permission denied for schema public")]
    [InlineData("DROP TABLE schema_migrations", "must be owner of table schema_migrations")]
    public async Task TheApplicationRoleCannotChangeTablesItDoesNotOwn(string sql, string message)
    {
        _folder.Write(
            "0001_create_items.sql",
            $"CREATE TABLE items (id int PRIMARY KEY, name text);\nGRANT SELECT, INSERT ON items TO {LocalPostgresCluster.ApplicationRoleName};");
        await new SqlMigrator(Database.OwnerConnectionString, _folder.Path).MigrateAsync();

        await using var connection = await Database.OpenAppConnectionAsync();
        await using (var allowed = new NpgsqlCommand("INSERT INTO items VALUES (1, 'kept'); SELECT count(*) FROM items", connection))
        {
            Assert.Equal(1L, await allowed.ExecuteScalarAsync());
        }
        await using var refused = new NpgsqlCommand(sql, connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => refused.ExecuteNonQueryAsync());

        Assert.Equal("42501", error.SqlState);
        Assert.Equal(message, error.MessageText);
    }

    [Fact]
    public async Task TheMigratedTemplateIsOwnedEntirelyByTheOwnerRole()
    {
        await using var database = await TestDatabase.CreateAsync(TestTemplate.Migrated);
        await using var connection = new NpgsqlConnection(database.SuperuserConnectionString);
        await connection.OpenAsync();
        await using var owners = new NpgsqlCommand(
            """
            SELECT DISTINCT pg_get_userbyid(c.relowner)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
            """,
            connection);
        var found = new List<string>();
        await using (var reader = await owners.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                found.Add(reader.GetString(0));
            }
        }

        // schema_migrations at least exists, so the list is never empty.
        Assert.Equal([LocalPostgresCluster.OwnerRoleName], found);
    }
}
