using Npgsql;

namespace FactorHub.Seeding;

/// <summary>
/// The reference data already in the database, read before each file is validated, so a row can be checked
/// against earlier files (and against rows added by curators) without relying on a foreign-key error.
/// </summary>
internal sealed class SeedCatalogue
{
    public Dictionary<string, Guid> Organisations { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Categories { get; } = new(StringComparer.Ordinal);

    public Dictionary<int, GradeRule> Grades { get; } = [];

    /// <summary>Unit code → dimension.</summary>
    public Dictionary<string, string> Units { get; } = new(StringComparer.Ordinal);

    /// <summary>Geography code → kind.</summary>
    public Dictionary<string, string> Geographies { get; } = new(StringComparer.Ordinal);

    public static async Task<SeedCatalogue> LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var catalogue = new SeedCatalogue();
        await ReadAsync(connection, "SELECT code, id FROM organisations",
            r => catalogue.Organisations[r.GetString(0)] = r.GetGuid(1), cancellationToken);
        await ReadAsync(connection, "SELECT code FROM categories",
            r => catalogue.Categories.Add(r.GetString(0)), cancellationToken);
        await ReadAsync(connection, "SELECT level, eligible_source_types, max_dqr, requires_verification FROM grades",
            r => catalogue.Grades[r.GetInt16(0)] = new GradeRule(
                r.GetInt16(0),
                new HashSet<string>(r.GetFieldValue<string[]>(1), StringComparer.Ordinal),
                r.IsDBNull(2) ? null : r.GetDecimal(2),
                r.GetBoolean(3)),
            cancellationToken);
        await ReadAsync(connection, "SELECT code, dimension FROM units",
            r => catalogue.Units[r.GetString(0)] = r.GetString(1), cancellationToken);
        await ReadAsync(connection, "SELECT code, kind FROM geographies",
            r => catalogue.Geographies[r.GetString(0)] = r.GetString(1), cancellationToken);
        return catalogue;
    }

    private static async Task ReadAsync(NpgsqlConnection connection, string sql, Action<NpgsqlDataReader> read,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }
}

/// <summary>The rule columns of one grade: which source types may hold it, the worst DQR it allows, verification.</summary>
internal sealed record GradeRule(int Level, IReadOnlySet<string> EligibleSourceTypes, decimal? MaxDqr, bool RequiresVerification);
