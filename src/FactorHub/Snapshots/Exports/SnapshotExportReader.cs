using System.Runtime.CompilerServices;
using Npgsql;

namespace FactorHub.Snapshots.Exports;

/// <summary>The download sets: one per access level a caller can hold. Compute-only values are in neither.</summary>
public enum DownloadSet
{
    /// <summary>Anyone: values of public versions only.</summary>
    Public,

    /// <summary>Signed-in callers: values of public and registered versions.</summary>
    Registered,
}

/// <summary>
/// Streams the members of a snapshot, ordered by code, one reused row object at a time, so that exports keep a flat
/// memory profile whatever the snapshot size. Every member is listed in every set; only the value-bearing columns
/// (<see cref="SnapshotExportRow.ValueColumns"/>) are left empty where the set may not disclose them.
/// </summary>
public static class SnapshotExportReader
{
    /// <summary>Column names, in file order (CSV header, XLSX header, JSON property names).</summary>
    public static readonly string[] Columns =
    [
        "code", "series_code", "reference_year", "version_number", "state", "kind", "category_code", "geography_code",
        "unit_code", "provider_code", "name_zh", "name_en", "access_level", "grade_level",
        "value", "co2_fossil", "co2_biogenic", "ch4", "n2o", "other_ghg", "gas_coverage", "gwp_set", "system_boundary",
        "valid_from", "valid_to", "technology", "method", "standards", "source_type", "source_citation", "source_url", "note",
        "dq_technological", "dq_geographical", "dq_temporal", "dq_precision", "dqr", "dqr_class",
        "uncertainty_distribution", "uncertainty_lower", "uncertainty_upper", "electricity_model", "electricity_source",
    ];

    public static readonly string Sql =
        $"""
        SELECT {string.Join(", ", Columns.Select(Source))}
        FROM snapshot_members m
        JOIN factors f ON f.id = m.factor_id
        JOIN factor_versions v ON v.id = m.factor_version_id
        JOIN organisations o ON o.id = f.provider_id
        WHERE m.snapshot_id = @snapshot_id
        ORDER BY f.code COLLATE "C"
        """;

    /// <summary>True when <paramref name="set"/> may disclose the values of a version at <paramref name="accessLevel"/>.</summary>
    public static bool Discloses(DownloadSet set, string accessLevel) => accessLevel switch
    {
        "public" => true,
        "registered" => set == DownloadSet.Registered,
        _ => false, // compute_only, and anything unknown: fail closed
    };

    /// <summary>Reads the members; the yielded row is reused, so consume it before moving on.</summary>
    public static async IAsyncEnumerable<SnapshotExportRow> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        Guid snapshotId, DownloadSet set, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("snapshot_id", snapshotId);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        var row = new SnapshotExportRow(Columns.Length);
        var accessColumn = Array.IndexOf(Columns, "access_level");
        while (await reader.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < Columns.Length; i++)
            {
                row.Values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            if (!Discloses(set, (string)row.Values[accessColumn]!))
            {
                foreach (var hidden in SnapshotExportRow.ValueColumnIndexes)
                {
                    row.Values[hidden] = null;
                }
            }
            yield return row;
        }
    }

    private static string Source(string column) => column switch
    {
        "code" or "series_code" or "reference_year" or "kind" or "category_code" or "geography_code" or "unit_code"
            or "name_zh" or "name_en" => "f." + column,
        "provider_code" => "o.code",
        "state" => "m.state",
        "valid_from" or "valid_to" => $"v.{column}::date",
        _ => "v." + column,
    };
}

/// <summary>One member as exported: raw database values by column index (see <see cref="SnapshotExportReader.Columns"/>).</summary>
public sealed class SnapshotExportRow(int columns)
{
    /// <summary>Columns that carry a disclosed figure; empty in a set that may not disclose the version's values.</summary>
    public static readonly string[] ValueColumns =
        ["value", "co2_fossil", "co2_biogenic", "ch4", "n2o", "other_ghg", "uncertainty_lower", "uncertainty_upper"];

    internal static readonly int[] ValueColumnIndexes = ValueColumns.Select(c => Array.IndexOf(SnapshotExportReader.Columns, c)).ToArray();

    public object?[] Values { get; } = new object?[columns];

    /// <summary>The value as text, in the snapshot digest's canonical forms (decimals without trailing zeros, ISO dates).</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        decimal d => SnapshotDigest.Decimal(d),
        DateOnly or DateTime or short or int or long => SnapshotDigest.Encode(value),
        string[] items => string.Join(';', items),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
