using System.Globalization;
using Npgsql;

namespace FactorHub.Tests.Infrastructure;

/// <summary>Raw SQL for tests that check what the database itself allows, whatever the C# does.</summary>
public static class SqlCommands
{
    public static async Task ExecuteAsync(this NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Create(connection, sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row, converted to <typeparamref name="T"/> (count(*) as int, say).</summary>
    public static async Task<T> ScalarAsync<T>(this NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Create(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync();
        return value is T typed ? typed : (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }

    private static NpgsqlCommand Create(NpgsqlConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }
}
