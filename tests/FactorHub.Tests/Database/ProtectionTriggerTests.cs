using FactorHub.Tests.Infrastructure;
using Npgsql;

namespace FactorHub.Tests.Database;

/// <summary>
/// What the database itself refuses to FactorHub's application role, whatever the C# code does: changing published
/// versions, snapshots and memberships, altering the append-only tables, and conflicted reviews. Each test goes
/// through raw SQL on the seeded database, whose snapshot 2026.00 is published.
/// </summary>
public sealed class ProtectionTriggerTests : DatabaseTest
{
    private const string PublishedCode = "ELEC.GRID.CN.CO2.2023";

    protected override TestTemplate Template => TestTemplate.Seeded;

    [Theory]
    [InlineData("UPDATE factor_versions SET value = value + 1 WHERE id = @version", "cannot be updated")]
    [InlineData("UPDATE factor_versions SET note = 'edited' WHERE id = @version", "cannot be updated")]
    [InlineData("UPDATE factor_versions SET access_level = 'public', grade_level = 1 WHERE id = @version", "cannot be updated")]
    [InlineData("DELETE FROM factor_versions WHERE id = @version", "cannot be deleted")]
    public async Task APublishedVersionCannotBeChangedOrDeleted(string sql, string expected)
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var version = await connection.ScalarAsync<Guid>("SELECT v.id FROM factor_versions v JOIN factors f ON f.id = v.factor_id WHERE f.code = @code",
            ("code", PublishedCode));
        var before = await connection.ScalarAsync<string>("SELECT row_to_json(v)::text FROM factor_versions v WHERE id = @version", ("version", version));

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(sql, ("version", version)));

        Assert.Contains($"factor version {version} is in published snapshot 2026.00 and {expected}", error.MessageText);
        Assert.Equal(before, await connection.ScalarAsync<string>("SELECT row_to_json(v)::text FROM factor_versions v WHERE id = @version", ("version", version)));
    }

    [Fact]
    public async Task AnUnpublishedDraftVersionCanStillBeEdited()
    {
        // The trigger protects published rows only: prove it does not freeze everything.
        await using var connection = await Database.OpenAppConnectionAsync();
        var factor = await connection.ScalarAsync<Guid>("SELECT id FROM factors WHERE code = @code", ("code", PublishedCode));
        await connection.ExecuteAsync("""
            INSERT INTO factor_versions (id, factor_id, version_number, status, value, gas_coverage, system_boundary,
                                         source_type, source_citation, created_by)
            VALUES ('00000000-0000-0000-0000-0000000000d1', @factor, 99, 'draft', 0.5, 'co2', 'direct_combustion',
                    'official_statistic', 'test', 'test')
            """, ("factor", factor));

        await connection.ExecuteAsync("UPDATE factor_versions SET value = 0.51 WHERE id = '00000000-0000-0000-0000-0000000000d1'");

        Assert.Equal(0.51m, await connection.ScalarAsync<decimal>("SELECT value FROM factor_versions WHERE id = '00000000-0000-0000-0000-0000000000d1'"));
    }

    [Theory]
    [InlineData("UPDATE factors SET unit_code = 'MWh' WHERE code = @code")]
    [InlineData("UPDATE factors SET geography_code = 'CN-JS' WHERE code = @code")]
    [InlineData("DELETE FROM factors WHERE code = @code")]
    public async Task APublishedFactorKeepsItsIdentity(string sql)
    {
        await using var connection = await Database.OpenAppConnectionAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(sql, ("code", PublishedCode)));

        Assert.Contains($"factor {PublishedCode} is in a published snapshot", error.MessageText);
    }

    [Theory]
    [InlineData("UPDATE snapshots SET description_en = 'rewritten' WHERE label = '2026.00'", "snapshot 2026.00 is published and cannot be updated")]
    [InlineData("DELETE FROM snapshots WHERE label = '2026.00'", "snapshot 2026.00 is published and cannot be deleted")]
    [InlineData("DELETE FROM snapshot_members WHERE snapshot_id = (SELECT id FROM snapshots WHERE label = '2026.00')", "snapshot 2026.00 is published: its membership cannot change")]
    [InlineData("UPDATE snapshot_members SET state = 'withdrawn' WHERE snapshot_id = (SELECT id FROM snapshots WHERE label = '2026.00')", "snapshot 2026.00 is published: its membership cannot change")]
    public async Task APublishedSnapshotAndItsMembershipCannotChange(string sql, string expected)
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var membersBefore = await connection.ScalarAsync<long>("SELECT count(*) FROM snapshot_members");

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync(sql));

        Assert.Contains(expected, error.MessageText);
        Assert.Equal(membersBefore, await connection.ScalarAsync<long>("SELECT count(*) FROM snapshot_members"));
    }

    [Fact]
    public async Task NoMemberCanBeAddedToAPublishedSnapshot()
    {
        await using var connection = await Database.OpenAppConnectionAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            INSERT INTO snapshot_members (snapshot_id, factor_id, factor_version_id)
            SELECT (SELECT id FROM snapshots WHERE label = '2026.00'), f.id, v.id
            FROM factors f JOIN factor_versions v ON v.factor_id = f.id
            WHERE f.code = @code
            """, ("code", PublishedCode)));

        Assert.Contains("snapshot 2026.00 is published: its membership cannot change", error.MessageText);
    }

    [Theory]
    [InlineData("UPDATE audit_log SET event = 'forged'", "audit_log is append-only: rows cannot be updated")]
    [InlineData("DELETE FROM audit_log", "audit_log is append-only: rows cannot be deleted")]
    [InlineData("TRUNCATE audit_log", "audit_log is append-only: rows cannot be truncated")]
    [InlineData("UPDATE factor_version_events SET reason = 'rewritten'", "factor_version_events is append-only: rows cannot be updated")]
    [InlineData("DELETE FROM factor_version_events", "factor_version_events is append-only: rows cannot be deleted")]
    public async Task AppendOnlyTablesRefuseTheApplicationByPrivilegeAndTheOwnerByTrigger(string sql, string triggerMessage)
    {
        await using var app = await Database.OpenAppConnectionAsync();
        var version = await app.ScalarAsync<Guid>("SELECT v.id FROM factor_versions v JOIN factors f ON f.id = v.factor_id WHERE f.code = @code", ("code", PublishedCode));
        // The application role may append...
        await app.ExecuteAsync("INSERT INTO audit_log (actor, event, details) VALUES ('tester', 'sign_in', '{\"ok\": true}')");
        await app.ExecuteAsync("INSERT INTO factor_version_events (factor_version_id, event, reason, actor) VALUES (@version, 'withdrawn', 'test', 'curator')",
            ("version", version));

        // ...but holds no UPDATE, DELETE or TRUNCATE privilege on these tables,
        var appError = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync(sql));
        Assert.Equal("42501", appError.SqlState);

        // and the owner, who has them, is stopped by the trigger.
        await using var owner = await Database.OpenOwnerConnectionAsync();
        var ownerError = await Assert.ThrowsAsync<PostgresException>(() => owner.ExecuteAsync(sql));
        Assert.Contains(triggerMessage, ownerError.MessageText);

        Assert.Equal("sign_in", await app.ScalarAsync<string>("SELECT event FROM audit_log WHERE actor = 'tester'"));
        Assert.Equal("test", await app.ScalarAsync<string>("SELECT reason FROM factor_version_events WHERE factor_version_id = @version", ("version", version)));
    }

    [Fact]
    public async Task AnExpertCannotReviewTheirOwnOrganisationsFactor()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var provider = await connection.ScalarAsync<Guid>("SELECT provider_id FROM factors WHERE code = @code", ("code", PublishedCode));
        var other = await connection.ScalarAsync<Guid>("SELECT id FROM organisations WHERE id <> @provider ORDER BY code LIMIT 1", ("provider", provider));
        var factor = await connection.ScalarAsync<Guid>("SELECT id FROM factors WHERE code = @code", ("code", PublishedCode));
        await connection.ExecuteAsync("""
            INSERT INTO submissions (id, organisation_id, channel, status, title, created_by)
            VALUES ('00000000-0000-0000-0000-00000000005a', @provider, 'form', 'in_review', 'test', 'test');
            INSERT INTO factor_versions (id, factor_id, version_number, status, value, gas_coverage, system_boundary,
                                         source_type, source_citation, created_by, submission_id)
            VALUES ('00000000-0000-0000-0000-0000000000d2', @factor, 98, 'submitted', 0.5, 'co2', 'direct_combustion',
                    'official_statistic', 'test', 'test', '00000000-0000-0000-0000-00000000005a');
            INSERT INTO submission_items (id, submission_id, factor_version_id)
            VALUES ('00000000-0000-0000-0000-0000000000a1', '00000000-0000-0000-0000-00000000005a', '00000000-0000-0000-0000-0000000000d2');
            """, ("provider", provider), ("factor", factor));

        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            INSERT INTO review_assignments (id, submission_item_id, expert_user_id, expert_organisation_id, assigned_by)
            VALUES ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000a1', 'expert-1', @provider, 'curator')
            """, ("provider", provider)));
        Assert.Contains("conflict of interest: expert expert-1 belongs to the organisation that provides this factor", error.MessageText);

        // An expert from another organisation may be assigned.
        await connection.ExecuteAsync("""
            INSERT INTO review_assignments (id, submission_item_id, expert_user_id, expert_organisation_id, assigned_by)
            VALUES ('00000000-0000-0000-0000-0000000000b2', '00000000-0000-0000-0000-0000000000a1', 'expert-2', @other, 'curator')
            """, ("other", other));
    }

    [Theory]
    [InlineData(1, 1, 1, 2, "1.25", "excellent")]
    [InlineData(2, 2, 2, 2, "2.00", "very_good")]
    [InlineData(3, 3, 2, 4, "3.00", "good")]
    [InlineData(4, 4, 4, 3, "3.75", "fair")]
    [InlineData(5, 5, 4, 4, "4.50", "poor")]
    public async Task DqrAndItsClassAreDerivedByTheDatabase(int ter, int ger, int tir, int p, string dqr, string dqrClass)
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var factor = await connection.ScalarAsync<Guid>("SELECT id FROM factors WHERE code = @code", ("code", PublishedCode));
        await connection.ExecuteAsync("""
            INSERT INTO factor_versions (id, factor_id, version_number, status, value, gas_coverage, system_boundary,
                source_type, source_citation, created_by, dq_technological, dq_geographical, dq_temporal, dq_precision)
            VALUES ('00000000-0000-0000-0000-0000000000d3', @factor, 97, 'draft', 0.5, 'co2', 'direct_combustion',
                'official_statistic', 'test', 'test', @ter, @ger, @tir, @p)
            """, ("factor", factor), ("ter", (short)ter), ("ger", (short)ger), ("tir", (short)tir), ("p", (short)p));

        Assert.Equal(dqr, await connection.ScalarAsync<string>("SELECT dqr::text FROM factor_versions WHERE id = '00000000-0000-0000-0000-0000000000d3'"));
        Assert.Equal(dqrClass, await connection.ScalarAsync<string>("SELECT dqr_class FROM factor_versions WHERE id = '00000000-0000-0000-0000-0000000000d3'"));
    }

    [Fact]
    public async Task DqrIsNeverInventedFromIncompleteScores()
    {
        await using var connection = await Database.OpenAppConnectionAsync();
        var factor = await connection.ScalarAsync<Guid>("SELECT id FROM factors WHERE code = @code", ("code", PublishedCode));
        await connection.ExecuteAsync("""
            INSERT INTO factor_versions (id, factor_id, version_number, status, value, gas_coverage, system_boundary,
                source_type, source_citation, created_by, dq_technological, dq_geographical)
            VALUES ('00000000-0000-0000-0000-0000000000d4', @factor, 96, 'draft', 0.5, 'co2', 'direct_combustion',
                'official_statistic', 'test', 'test', 1, 2)
            """, ("factor", factor));

        Assert.True(await connection.ScalarAsync<bool>("SELECT dqr IS NULL AND dqr_class IS NULL FROM factor_versions WHERE id = '00000000-0000-0000-0000-0000000000d4'"));
        var error = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("UPDATE factor_versions SET dqr = 1 WHERE id = '00000000-0000-0000-0000-0000000000d4'"));
        Assert.Contains("column \"dqr\" can only be updated to DEFAULT", error.MessageText);
    }
}
