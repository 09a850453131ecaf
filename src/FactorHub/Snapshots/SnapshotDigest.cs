using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace FactorHub.Snapshots;

/// <summary>
/// The content digest of a snapshot: SHA-256 (lowercase hex) over a canonical text serialization of its members,
/// specified in docs/seed-data.md ("Snapshot content digest"). Only immutable content takes part: the member's
/// version row (values and metadata, which the database freezes once published) and the factor's identity
/// (code, kind, geography, unit, provider), never names or categories, which curators may edit later.
/// </summary>
public static class SnapshotDigest
{
    public const string FormatLine = "factorhub-snapshot-digest/1";

    /// <summary>The fields of one member line, in order.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "code", "version_number", "state", "kind", "geography_code", "unit_code", "provider_code",
        "value", "co2_fossil", "co2_biogenic", "ch4", "n2o", "other_ghg", "gas_coverage", "gwp_set", "system_boundary",
        "valid_from", "valid_to", "technology", "method", "standards", "source_type", "source_citation", "source_url", "note",
        "dq_technological", "dq_geographical", "dq_temporal", "dq_precision",
        "uncertainty_distribution", "uncertainty_lower", "uncertainty_upper",
        "grade_level", "access_level", "electricity_model", "electricity_source",
    ];

    private static readonly string MembersSql =
        $"""
        SELECT {string.Join(", ", Fields.Select(Source))}
        FROM snapshot_members m
        JOIN factors f ON f.id = m.factor_id
        JOIN factor_versions v ON v.id = m.factor_version_id
        JOIN organisations o ON o.id = f.provider_id
        WHERE m.snapshot_id = @snapshot_id
        ORDER BY f.code COLLATE "C"
        """;

    /// <summary>Reads the members of a snapshot and returns the canonical text (for inspection) and its digest.</summary>
    public static async Task<(string Canonical, string Digest, int Members)> ComputeAsync(NpgsqlConnection connection,
        NpgsqlTransaction? transaction, Guid snapshotId, CancellationToken cancellationToken)
    {
        var text = new StringBuilder(FormatLine).Append('\n');
        var members = 0;
        await using var command = new NpgsqlCommand(MembersSql, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("snapshot_id", snapshotId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            AppendMember(text, reader);
            members++;
        }

        var canonical = text.ToString();
        return (canonical, Hash(canonical), members);
    }

    /// <summary>
    /// The same digest as <see cref="ComputeAsync"/>, hashed line by line as the members are read, so publication memory
    /// does not grow with the snapshot (the canonical text of a million members is hundreds of megabytes).
    /// </summary>
    public static async Task<(string Digest, int Members)> ComputeDigestAsync(NpgsqlConnection connection,
        NpgsqlTransaction? transaction, Guid snapshotId, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(FormatLine + "\n"));
        var line = new StringBuilder();
        var encoder = Encoding.UTF8.GetEncoder();
        var buffer = new byte[4096];
        var members = 0;
        await using var command = new NpgsqlCommand(MembersSql, connection, transaction) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("snapshot_id", snapshotId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            line.Clear();
            AppendMember(line, reader);
            AppendUtf8(hash, line, encoder, ref buffer);
            members++;
        }
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), members);
    }

    /// <summary>
    /// Hashes the UTF-8 bytes of <paramref name="text"/> without first copying it into a string. One encoder carries
    /// over from chunk to chunk, so a surrogate pair (a character outside the BMP, e.g. 𝑥) split between two of the
    /// builder's chunks is encoded as the one character it is, exactly as encoding the whole text would.
    /// </summary>
    public static void AppendUtf8(IncrementalHash hash, StringBuilder text, Encoder encoder, ref byte[] buffer)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (buffer.Length < length)
        {
            buffer = new byte[length];
        }
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
        }
        written += encoder.GetBytes([], buffer.AsSpan(written), flush: true);
        hash.AppendData(buffer, 0, written);
    }

    /// <summary>
    /// One member line. Text and decimals, nearly every cell, are appended without an intermediate string; other types
    /// go through <see cref="Encode"/>. The output equals joining <see cref="Encode"/> of every cell with <c>|</c>.
    /// </summary>
    private static void AppendMember(StringBuilder line, NpgsqlDataReader reader)
    {
        Span<char> number = stackalloc char[64];
        for (var i = 0; i < Fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append('|');
            }

            if (reader.IsDBNull(i))
            {
                line.Append(@"\N");
                continue;
            }

            var type = reader.GetFieldType(i);
            if (type == typeof(string))
            {
                AppendEscaped(line, reader.GetString(i));
            }
            else if (type == typeof(decimal)
                     && reader.GetDecimal(i).TryFormat(number, out var written, DecimalFormat, CultureInfo.InvariantCulture))
            {
                line.Append(number[..written]);
            }
            else
            {
                line.Append(Encode(reader.GetValue(i)));
            }
        }

        line.Append('\n');
    }

    private const string DecimalFormat = "0.############################";

    private static readonly SearchValues<char> Escaped = SearchValues.Create("\\|;\n\r");

    private static void AppendEscaped(StringBuilder line, string text)
    {
        if (text.AsSpan().IndexOfAny(Escaped) < 0)
        {
            line.Append(text);
        }
        else
        {
            line.Append(Escape(text));
        }
    }

    public static string Hash(string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    /// <summary>
    /// NULL is <c>\N</c>; text escapes <c>\</c>, <c>|</c>, <c>;</c>, line feed and carriage return with a backslash;
    /// decimals are invariant with no exponent and no trailing zeros (<c>0.5306</c>, <c>10</c>); dates are
    /// yyyy-MM-dd; arrays join their escaped items with <c>;</c>.
    /// </summary>
    public static string Encode(object? value) => value switch
    {
        null or DBNull => @"\N",
        string text => Escape(text),
        decimal number => Decimal(number),
        short or int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string[] items => string.Join(';', items.Select(Escape)),
        _ => throw new NotSupportedException($"no canonical form for {value.GetType().Name}"),
    };

    public static string Decimal(decimal value) =>
        value.ToString(DecimalFormat, CultureInfo.InvariantCulture);

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '|' => builder.Append(@"\|"),
                ';' => builder.Append(@"\;"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static string Source(string field) => field switch
    {
        "code" or "kind" or "geography_code" or "unit_code" => "f." + field,
        "provider_code" => "o.code",
        "state" => "m.state",
        "valid_from" or "valid_to" => $"v.{field}::date",
        _ => "v." + field,
    };
}
