namespace FactorHub.Database;

/// <summary>Finds the PostgreSQL server binaries installed by Debian's <c>postgresql</c> package.</summary>
internal static class PostgresBinaries
{
    public const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The configured directory, or the highest version's <c>/usr/lib/postgresql/N/bin</c>.</summary>
    public static string Locate(string? configuredDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
        {
            if (!File.Exists(Path.Combine(configuredDirectory, "pg_ctl")) || !File.Exists(Path.Combine(configuredDirectory, "initdb")))
            {
                throw new InvalidOperationException(
                    $"The configured PostgreSQL binary directory '{configuredDirectory}' holds no initdb and pg_ctl.");
            }
            return configuredDirectory;
        }
        var candidates = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .Select(dir => (dir, version: ParseVersion(Path.GetFileName(dir))))
                .Where(c => c.version is not null && File.Exists(Path.Combine(c.dir, "bin", "pg_ctl")) && File.Exists(Path.Combine(c.dir, "bin", "initdb")))
                .OrderByDescending(c => c.version)
                .ToList()
            : [];
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException(
                "No database is configured (ConnectionStrings:FactorHub) and no PostgreSQL server was found in " +
                $"{DebianRoot}/*/bin. Install Debian's 'postgresql' package so that FactorHub can run its own local cluster, " +
                "or set ConnectionStrings:FactorHub (environment: ConnectionStrings__FactorHub) to an existing server.");
        }
        return Path.Combine(candidates[0].dir, "bin");
    }

    /// <summary>The major version a binary directory belongs to (the Debian directory name), if it can tell.</summary>
    public static string? MajorVersionOf(string binDirectory)
    {
        var versionDir = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(binDirectory).TrimEnd('/')));
        return ParseVersion(versionDir ?? "") is null ? null : versionDir;
    }

    private static Version? ParseVersion(string name) =>
        int.TryParse(name, out var major) ? new Version(major, 0)
        : Version.TryParse(name, out var version) ? version
        : null;
}
