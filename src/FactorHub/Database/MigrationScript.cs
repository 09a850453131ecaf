using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FactorHub.Database;

/// <summary>
/// One numbered schema migration: a file <c>NNNN_name.sql</c> in the migrations directory.
/// Its checksum is the SHA-256 of the file's text with a UTF-8 byte order mark removed and CRLF line ends read as LF,
/// so a checkout with other line endings does not count as an edit.
/// </summary>
public sealed partial record MigrationScript(int Version, string Name, string FileName, string Sql, string Checksum)
{
    /// <summary>Loads and validates every <c>*.sql</c> file in a directory, ordered by version.</summary>
    /// <exception cref="MigrationException">A file name is not <c>NNNN_name.sql</c>, two files share a number, or a number is skipped.</exception>
    public static IReadOnlyList<MigrationScript> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new MigrationException($"The migrations directory '{directory}' does not exist.");
        }
        var scripts = new List<MigrationScript>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.sql"))
        {
            scripts.Add(Load(path));
        }
        scripts.Sort((a, b) => a.Version != b.Version ? a.Version.CompareTo(b.Version) : string.CompareOrdinal(a.FileName, b.FileName));

        for (var i = 0; i < scripts.Count; i++)
        {
            if (i > 0 && scripts[i].Version == scripts[i - 1].Version)
            {
                throw new MigrationException(
                    $"Migrations {scripts[i - 1].FileName} and {scripts[i].FileName} in '{directory}' share the number {scripts[i].Version:D4}; " +
                    "every migration needs its own number.");
            }
            var expected = i + 1;
            if (scripts[i].Version != expected)
            {
                var after = i == 0 ? "at the start" : $"after {scripts[i - 1].FileName}";
                throw new MigrationException(
                    $"Migration number {expected:D4} is missing in '{directory}': {scripts[i].FileName} comes {after}. " +
                    "Migrations are numbered 0001, 0002, … without gaps.");
            }
        }
        return scripts;
    }

    /// <summary>Loads one migration file.</summary>
    public static MigrationScript Load(string path)
    {
        var fileName = Path.GetFileName(path);
        var match = FileNamePattern().Match(fileName);
        if (!match.Success)
        {
            throw new MigrationException(
                $"Migration file name '{fileName}' does not have the form NNNN_name.sql (four digits, an underscore, " +
                "then lower-case letters, digits and underscores).");
        }
        var version = int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (version == 0)
        {
            throw new MigrationException($"Migration file '{fileName}' has the number 0000; numbering starts at 0001.");
        }
        var bytes = File.ReadAllBytes(path);
        string sql;
        try
        {
            sql = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new MigrationException($"Migration file '{fileName}' is not valid UTF-8.");
        }
        sql = sql.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);
        return new MigrationScript(version, match.Groups["name"].Value, fileName, sql, ComputeChecksum(sql));
    }

    /// <summary>Lower-case hexadecimal SHA-256 of the normalised text.</summary>
    public static string ComputeChecksum(string normalizedSql) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedSql)));

    [GeneratedRegex(@"^(?<version>[0-9]{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    // The full text is long; records print every property by default.
    public override string ToString() => FileName;
}
