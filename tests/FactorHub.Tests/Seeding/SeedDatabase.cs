using Npgsql;

namespace FactorHub.Tests.Seeding;

/// <summary>Reads what the seed loader wrote, for assertions.</summary>
internal static class SeedDatabase
{
    public static readonly string[] SeededTables =
        ["organisations", "categories", "grades", "units", "geographies", "factors", "factor_versions", "snapshots", "snapshot_members"];

    public static async Task<long> CountAsync(string connectionString, string table, string where = "true") =>
        (long)(await ScalarAsync(connectionString, $"SELECT count(*) FROM {table} WHERE {where}"))!;

    /// <summary>
    /// A checksum of a table's rows and of their tuple versions (xmin): it changes when any value changes and also
    /// when a row is rewritten with equal values, so "unchanged" means no write at all.
    /// </summary>
    public static async Task<string> ChecksumAsync(string connectionString, string table) =>
        (string)(await ScalarAsync(connectionString,
            $"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text || '@' || t.xmin::text, E'\\n' ORDER BY t::text)), '') FROM {table} t"))!;

    public static async Task<Dictionary<string, string>> ChecksumsAsync(string connectionString)
    {
        var result = new Dictionary<string, string>();
        foreach (var table in SeededTables)
        {
            result[table] = await ChecksumAsync(connectionString, table);
        }

        return result;
    }

    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public static async Task<List<T>> ListAsync<T>(string connectionString, string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<T>();
        while (await reader.ReadAsync())
        {
            result.Add(read(reader));
        }

        return result;
    }
}
