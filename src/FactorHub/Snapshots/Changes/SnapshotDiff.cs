using System.Globalization;
using CsvHelper;
using FactorHub.Snapshots.Exports;
using Npgsql;

namespace FactorHub.Snapshots.Changes;

/// <summary>How a factor differs between two snapshots.</summary>
public enum SnapshotChangeKind
{
    /// <summary>Active in the newer snapshot, absent or withdrawn in the older.</summary>
    Added,

    /// <summary>Active in both, and the newer version's value differs.</summary>
    Changed,

    /// <summary>Active in the older snapshot, withdrawn or absent in the newer.</summary>
    Withdrawn,

    /// <summary>Active in both, and the newer version's grade differs (a factor can be changed and regraded at once).</summary>
    Regraded,

    /// <summary>Active in both with a newer version whose value and grade are unchanged (metadata only).</summary>
    Revised,
}

/// <summary>
/// One line of a changelog. Values are null where the caller's access does not disclose them (compute-only always);
/// <see cref="RelativeChange"/> is (new − old) ÷ old, rounded to 10 decimal places, null when either value is hidden or old is 0.
/// </summary>
public sealed record SnapshotChange(
    SnapshotChangeKind Kind,
    string Code,
    string NameZh,
    string NameEn,
    string AccessLevel,
    int? OldVersionNumber,
    int? NewVersionNumber,
    decimal? OldValue,
    decimal? NewValue,
    decimal? RelativeChange,
    int? OldGrade,
    int? NewGrade);

/// <summary>The changelog from one snapshot to another (any two, in either order), sorted by code then kind.</summary>
public sealed record SnapshotDiffResult(string From, string To, IReadOnlyList<SnapshotChange> Changes)
{
    public IEnumerable<SnapshotChange> OfKind(SnapshotChangeKind kind) => Changes.Where(c => c.Kind == kind);
}

/// <summary>Computes changelogs from the membership of two published snapshots.</summary>
public static class SnapshotDiff
{
    private const string Sql =
        """
        WITH a AS (SELECT factor_id, factor_version_id, state FROM snapshot_members WHERE snapshot_id = @from),
             b AS (SELECT factor_id, factor_version_id, state FROM snapshot_members WHERE snapshot_id = @to)
        SELECT f.code, f.name_zh, f.name_en, a.state, b.state,
               va.version_number, vb.version_number, va.value, vb.value, va.grade_level, vb.grade_level,
               va.access_level, vb.access_level
        FROM a FULL JOIN b ON b.factor_id = a.factor_id
        JOIN factors f ON f.id = COALESCE(a.factor_id, b.factor_id)
        LEFT JOIN factor_versions va ON va.id = a.factor_version_id
        LEFT JOIN factor_versions vb ON vb.id = b.factor_version_id
        WHERE a.factor_version_id IS DISTINCT FROM b.factor_version_id OR a.state IS DISTINCT FROM b.state
        ORDER BY f.code COLLATE "C"
        """;

    /// <summary>The published snapshot's id, or a <see cref="SnapshotNotFoundException"/> naming the argument.</summary>
    public static async Task<Guid> FindPublishedAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string label,
        string argument, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM snapshots WHERE label = @label AND status = 'published'",
            connection, transaction);
        command.Parameters.AddWithValue("label", label);
        return await command.ExecuteScalarAsync(cancellationToken) is Guid id ? id
            : throw new SnapshotNotFoundException(argument, $"{argument}: no published snapshot '{label}'.");
    }

    /// <summary>
    /// The changes from <paramref name="fromId"/> to <paramref name="toId"/>. <paramref name="discloses"/> decides from a
    /// version's access level whether its values may be shown to the caller (see <see cref="SnapshotExportReader.Discloses"/>).
    /// </summary>
    public static async Task<IReadOnlyList<SnapshotChange>> ComputeAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        Guid fromId, Guid toId, Func<string, bool> discloses, CancellationToken cancellationToken)
    {
        var changes = new List<SnapshotChange>();
        await using var command = new NpgsqlCommand(Sql, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("from", fromId);
        command.Parameters.AddWithValue("to", toId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var oldActive = !reader.IsDBNull(3) && reader.GetString(3) == "active";
            var newActive = !reader.IsDBNull(4) && reader.GetString(4) == "active";
            // The newer version's level governs; the older one's too, so a value hidden then is not revealed through the diff.
            var oldLevel = reader.IsDBNull(11) ? null : reader.GetString(11);
            var newLevel = reader.IsDBNull(12) ? null : reader.GetString(12);
            var oldValue = reader.IsDBNull(7) || oldLevel is null || !discloses(oldLevel) ? (decimal?)null : reader.GetDecimal(7);
            var newValue = reader.IsDBNull(8) || newLevel is null || !discloses(newLevel) ? (decimal?)null : reader.GetDecimal(8);
            oldValue = Normalize(oldValue);
            newValue = Normalize(newValue);
            var rawOld = reader.IsDBNull(7) ? (decimal?)null : reader.GetDecimal(7);
            var rawNew = reader.IsDBNull(8) ? (decimal?)null : reader.GetDecimal(8);
            var oldGrade = reader.IsDBNull(9) ? (int?)null : reader.GetInt16(9);
            var newGrade = reader.IsDBNull(10) ? (int?)null : reader.GetInt16(10);
            SnapshotChange Make(SnapshotChangeKind kind) => new(kind, reader.GetString(0), reader.GetString(1), reader.GetString(2),
                newLevel ?? oldLevel!, reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.IsDBNull(6) ? null : reader.GetInt32(6),
                oldValue, newValue, Relative(oldValue, newValue), oldGrade, newGrade);

            if (newActive && !oldActive)
            {
                changes.Add(Make(SnapshotChangeKind.Added));
            }
            else if (oldActive && !newActive)
            {
                changes.Add(Make(SnapshotChangeKind.Withdrawn));
            }
            else if (oldActive && newActive)
            {
                var valueChanged = rawOld != rawNew;
                var regraded = oldGrade != newGrade;
                if (valueChanged)
                {
                    changes.Add(Make(SnapshotChangeKind.Changed));
                }
                if (regraded)
                {
                    changes.Add(Make(SnapshotChangeKind.Regraded));
                }
                if (!valueChanged && !regraded)
                {
                    changes.Add(Make(SnapshotChangeKind.Revised));
                }
            }
        }
        return changes;
    }

    // numeric(28,12) arrives with scale 12; drop the trailing zeros so 0.5 is written as 0.5, as the source gave it.
    private static decimal? Normalize(decimal? value) =>
        value is { } v ? decimal.Parse(SnapshotDigest.Decimal(v), NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    public static decimal? Relative(decimal? oldValue, decimal? newValue) =>
        oldValue is { } o && newValue is { } n && o != 0 ? Math.Round((n - o) / o, 10, MidpointRounding.ToEven) : null;

    /// <summary>Column names of changes.csv.</summary>
    public static readonly string[] CsvColumns =
        ["change", "code", "name_zh", "name_en", "access_level", "old_version", "new_version", "old_value", "new_value",
         "relative_change", "old_grade", "new_grade"];

    /// <summary>Writes changes.csv (UTF-8 without BOM, CRLF, header row); hidden values are empty fields.</summary>
    public static async Task WriteCsvAsync(Stream output, IEnumerable<SnapshotChange> changes, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, null, leaveOpen: true);
        foreach (var column in CsvColumns)
        {
            csv.WriteField(column);
        }
        await csv.EndRecordAsync(cancellationToken);
        foreach (var change in changes)
        {
            csv.WriteField(change.Kind.ToString().ToLowerInvariant());
            csv.WriteField(change.Code);
            csv.WriteField(change.NameZh);
            csv.WriteField(change.NameEn);
            csv.WriteField(change.AccessLevel);
            csv.WriteField(Format(change.OldVersionNumber));
            csv.WriteField(Format(change.NewVersionNumber));
            csv.WriteField(change.OldValue is { } o ? SnapshotDigest.Decimal(o) : "");
            csv.WriteField(change.NewValue is { } n ? SnapshotDigest.Decimal(n) : "");
            csv.WriteField(change.RelativeChange is { } r ? SnapshotDigest.Decimal(r) : "");
            csv.WriteField(Format(change.OldGrade));
            csv.WriteField(Format(change.NewGrade));
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private static string Format(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

/// <summary>A label given as <c>from</c>/<c>to</c> (or in a URL) names no published snapshot.</summary>
public sealed class SnapshotNotFoundException(string argument, string message) : Exception(message)
{
    public string Argument { get; } = argument;
}
