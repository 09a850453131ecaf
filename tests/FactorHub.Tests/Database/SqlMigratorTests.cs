using FactorHub.Database;
using FactorHub.Tests.Infrastructure;
using Npgsql;

namespace FactorHub.Tests.Database;

public sealed class SqlMigratorTests : DatabaseTest, IDisposable
{
    private readonly MigrationsFolder _folder = new();

    protected override TestTemplate Template => TestTemplate.Empty;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AppliesMigrationsInNumericOrderAndRecordsThem()
    {
        // Written out of order; each file depends on the one before it.
        _folder.Write("0003_add_unit_index.sql", "CREATE INDEX items_unit ON items (unit);\n")
            .Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);\n")
            .Write("0002_add_unit.sql", "ALTER TABLE items ADD COLUMN unit text NOT NULL DEFAULT 'kg';\n");

        var applied = await Migrator().MigrateAsync();

        Assert.Equal(["0001_create_items.sql", "0002_add_unit.sql", "0003_add_unit_index.sql"], applied.Select(a => a.FileName));
        var history = await Migrator().GetHistoryAsync();
        Assert.Equal([1, 2, 3], history.Select(h => h.Version));
        Assert.Equal(["create_items", "add_unit", "add_unit_index"], history.Select(h => h.Name));
        Assert.Equal(
            [_folder.Sha256("0001_create_items.sql"), _folder.Sha256("0002_add_unit.sql"), _folder.Sha256("0003_add_unit_index.sql")],
            history.Select(h => h.Checksum));
        Assert.All(history, h => Assert.InRange(h.ExecutionMilliseconds, 0, 60_000));
        Assert.All(history, h => Assert.InRange(h.AppliedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5)));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM pg_indexes WHERE indexname = 'items_unit'"));
    }

    [Fact]
    public async Task SecondRunAppliesNothing()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);");
        Assert.Single(await Migrator().MigrateAsync());
        var before = await Migrator().GetHistoryAsync();

        var second = await Migrator().MigrateAsync();

        Assert.Empty(second);
        Assert.Equal(before, await Migrator().GetHistoryAsync());
    }

    [Fact]
    public async Task AppliesOnlyTheMigrationsAddedSinceTheLastRun()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);");
        await Migrator().MigrateAsync();
        _folder.Write("0002_add_unit.sql", "ALTER TABLE items ADD COLUMN unit text;");

        var applied = await Migrator().MigrateAsync();

        Assert.Equal(["0002_add_unit.sql"], applied.Select(a => a.FileName));
    }

    [Fact]
    public async Task RefusesAnAppliedMigrationThatWasEdited()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);");
        await Migrator().MigrateAsync();
        var original = _folder.Sha256("0001_create_items.sql");
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id bigint PRIMARY KEY);")
            .Write("0002_add_unit.sql", "ALTER TABLE items ADD COLUMN unit text;");
        var edited = _folder.Sha256("0001_create_items.sql");

        var error = await Assert.ThrowsAsync<MigrationException>(() => Migrator().MigrateAsync());

        Assert.Equal(
            "Migration 0001_create_items.sql was edited after it was applied to this database: its checksum is now " +
            $"sha256:{edited}, but sha256:{original} was recorded when it was applied. Applied migrations must never change: " +
            "restore the file and put the change in a new migration (0003_name.sql).",
            error.Message);
        // Nothing after the refusal ran.
        Assert.Equal([1], (await Migrator().GetHistoryAsync()).Select(h => h.Version));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM information_schema.columns WHERE table_name = 'items' AND column_name = 'unit'"));
    }

    [Fact]
    public async Task TreatsCrlfLineEndsAsTheSameFile()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (\n    id int PRIMARY KEY\n);\n");
        await Migrator().MigrateAsync();
        _folder.Write("0001_create_items.sql", "\uFEFFCREATE TABLE items (\r\n    id int PRIMARY KEY\r\n);\r\n");

        Assert.Empty(await Migrator().MigrateAsync());
    }

    [Fact]
    public async Task RefusesAnAppliedMigrationThatWasRenamed()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);");
        await Migrator().MigrateAsync();
        File.Move(Path.Combine(_folder.Path, "0001_create_items.sql"), Path.Combine(_folder.Path, "0001_items.sql"));

        var error = await Assert.ThrowsAsync<MigrationException>(() => Migrator().MigrateAsync());

        Assert.Equal(
            $"Migration number 0001 was applied to this database as 0001_create_items.sql, but '{_folder.Path}' has 0001_items.sql " +
            "under that number. Applied migrations must not be renamed.",
            error.Message);
    }

    [Fact]
    public async Task RefusesWhenAnAppliedMigrationIsMissing()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);")
            .Write("0002_add_unit.sql", "ALTER TABLE items ADD COLUMN unit text;");
        await Migrator().MigrateAsync();
        File.Delete(Path.Combine(_folder.Path, "0002_add_unit.sql"));

        var error = await Assert.ThrowsAsync<MigrationException>(() => Migrator().MigrateAsync());

        Assert.Equal(
            $"Migration 0002_add_unit.sql was applied to this database but is not in '{_folder.Path}'. " +
            "The database's schema is newer than this build of FactorHub, or the file was deleted.",
            error.Message);
    }

    [Fact]
    public async Task RefusesTwoFilesWithTheSameNumberWithoutTouchingTheDatabase()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);")
            .Write("0002_add_unit.sql", "ALTER TABLE items ADD COLUMN unit text;")
            .Write("0002_add_name.sql", "ALTER TABLE items ADD COLUMN name text;");

        var error = await Assert.ThrowsAsync<MigrationException>(() => Migrator().MigrateAsync());

        Assert.Equal(
            $"Migrations 0002_add_name.sql and 0002_add_unit.sql in '{_folder.Path}' share the number 0002; every migration needs its own number.",
            error.Message);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [Fact]
    public async Task RefusesAGapInTheNumbers()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);")
            .Write("0003_add_unit.sql", "ALTER TABLE items ADD COLUMN unit text;");

        var error = await Assert.ThrowsAsync<MigrationException>(() => Migrator().MigrateAsync());

        Assert.Equal(
            $"Migration number 0002 is missing in '{_folder.Path}': 0003_add_unit.sql comes after 0001_create_items.sql. " +
            "Migrations are numbered 0001, 0002, … without gaps.",
            error.Message);
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    [Theory]
    [InlineData("1_create_items.sql")]
    [InlineData("0001-create-items.sql")]
    [InlineData("0001_Create_Items.sql")]
    public async Task RefusesAFileNameNotOfTheFormNumberUnderscoreName(string fileName)
    {
        _folder.Write(fileName, "CREATE TABLE items (id int PRIMARY KEY);");

        var error = await Assert.ThrowsAsync<MigrationException>(() => Migrator().MigrateAsync());

        Assert.Equal(
            $"Migration file name '{fileName}' does not have the form NNNN_name.sql (four digits, an underscore, " +
            "then lower-case letters, digits and underscores).",
            error.Message);
    }

    [Fact]
    public async Task AFailingMigrationIsRolledBackAndReportedWithItsFileAndLine()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);")
            .Write("0002_broken.sql", "CREATE TABLE units (code text PRIMARY KEY);\n\nINSERT INTO units VALUES ('kg');\nINSERT INTO\n  no_such_table VALUES (1);\n")
            .Write("0003_later.sql", "CREATE TABLE later (id int);");

        var error = await Assert.ThrowsAsync<MigrationException>(() => Migrator().MigrateAsync());

        Assert.Equal(
            "Migration 0002_broken.sql failed at line 5 and was rolled back: 42P01: relation \"no_such_table\" does not exist",
            error.Message);
        Assert.Equal([1], (await Migrator().GetHistoryAsync()).Select(h => h.Version));
        Assert.Equal(0L, await ScalarAsync("SELECT count(*) FROM pg_tables WHERE tablename IN ('units', 'later')"));
    }

    [Fact]
    public async Task RunsDollarQuotedFunctionBodiesAsOneStatement()
    {
        _folder.Write(
            "0001_trigger.sql",
            """
            CREATE TABLE items (id int PRIMARY KEY, frozen boolean NOT NULL DEFAULT false);
            CREATE FUNCTION refuse_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF OLD.frozen THEN
                    RAISE EXCEPTION 'item % is frozen; no change allowed', OLD.id;
                END IF;
                RETURN NEW;
            END;
            $$;
            CREATE TRIGGER items_frozen BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION refuse_frozen();
            INSERT INTO items VALUES (1, true);
            """);

        await Migrator().MigrateAsync();

        await using var connection = await Database.OpenOwnerConnectionAsync();
        await using var update = new NpgsqlCommand("UPDATE items SET id = 2", connection);
        var error = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        Assert.Equal("item 1 is frozen; no change allowed", error.MessageText);
    }

    [Fact]
    public async Task ConcurrentMigratorsTakeTurnsAndOnlyOneApplies()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);")
            .Write("0002_add_unit.sql", "ALTER TABLE items ADD COLUMN unit text;");
        var logs = new CapturingLoggerProvider();
        var first = new SqlMigrator(Database.OwnerConnectionString, _folder.Path, logs.CreateLogger<SqlMigrator>());
        var second = new SqlMigrator(Database.OwnerConnectionString, _folder.Path, logs.CreateLogger<SqlMigrator>());

        // Hold the migration lock until both migrators queue behind it, so that they really run at the same time
        // however slow the machine is; then let them race.
        await using var holder = await Database.OpenOwnerConnectionAsync();
        await ExecuteAsync(holder, $"SELECT pg_advisory_lock({SqlMigrator.AdvisoryLockKey})");
        var runs = new[] { Task.Run(() => first.MigrateAsync()), Task.Run(() => second.MigrateAsync()) };
        await WaitForAsync(async () => await ScalarAsync(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())") == 2);
        await ExecuteAsync(holder, $"SELECT pg_advisory_unlock({SqlMigrator.AdvisoryLockKey})");
        var results = await Task.WhenAll(runs);

        Assert.Single(results, r => r.Count == 2);
        Assert.Single(results, r => r.Count == 0);
        Assert.Equal(2, logs.Messages.Count(m => m == "Another migrator is running on this database; waiting for it to finish"));
        Assert.Equal(await first.GetHistoryAsync(), await second.GetHistoryAsync());
        Assert.Equal([1, 2], (await first.GetHistoryAsync()).Select(h => h.Version));
    }

    [Fact]
    public async Task LogsEachAppliedFile()
    {
        _folder.Write("0001_create_items.sql", "CREATE TABLE items (id int PRIMARY KEY);");
        var logs = new CapturingLoggerProvider();

        await new SqlMigrator(Database.OwnerConnectionString, _folder.Path, logs.CreateLogger<SqlMigrator>()).MigrateAsync();

        Assert.Contains(logs.Messages, m => m.StartsWith("Applied migration 0001_create_items.sql in ", StringComparison.Ordinal));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The migrators did not queue for the migration lock within 60 s.");
            await Task.Delay(50);
        }
    }

    private SqlMigrator Migrator() => new(Database.OwnerConnectionString, _folder.Path);

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
