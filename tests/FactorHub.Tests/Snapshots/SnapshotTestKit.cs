using FactorHub.Snapshots;
using FactorHub.Snapshots.Downloads;
using FactorHub.Tests.Infrastructure;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FactorHub.Tests.Snapshots;

/// <summary>The snapshot services wired by hand against a test database, with artifacts in a temporary directory.</summary>
public sealed class SnapshotTestKit : IAsyncDisposable
{
    private SnapshotTestKit(TestDatabase database, string root)
    {
        Root = root;
        var environment = new TestEnvironment(root);
        var options = Options.Create(new SnapshotOptions { ArtifactDirectory = Path.Combine(root, "snapshots") });
        DataSource = NpgsqlDataSource.Create(database.AppConnectionString);
        SigningKey = new SnapshotSigningKey(options, environment, NullLogger<SnapshotSigningKey>.Instance);
        Artifacts = new SnapshotArtifactStore(options, environment, SigningKey, DataSource, NullLogger<SnapshotArtifactStore>.Instance);
        Publication = new SnapshotPublication(DataSource, Artifacts, [], NullLogger<SnapshotPublication>.Instance);
    }

    public static SnapshotTestKit Create(TestDatabase database) =>
        new(database, Path.Combine(Path.GetTempPath(), "factorhub-snapshot-tests", Guid.NewGuid().ToString("N")));

    public string Root { get; }
    public NpgsqlDataSource DataSource { get; }
    public SnapshotSigningKey SigningKey { get; }
    public SnapshotArtifactStore Artifacts { get; }
    public SnapshotPublication Publication { get; }

    /// <summary>Every file and directory under the artifact root except the local signing key.</summary>
    public string[] ArtifactEntries() => Directory.Exists(Artifacts.Root)
        ? Directory.GetFileSystemEntries(Artifacts.Root, "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith("local-signing-key.pem", StringComparison.Ordinal)).ToArray()
        : [];

    public async ValueTask DisposeAsync()
    {
        SigningKey.Dispose();
        await DataSource.DisposeAsync();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private sealed class TestEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "FactorHub.Tests";
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>Constructs changelog cases with raw SQL.</summary>
internal static class SnapshotCases
{
    /// <summary>A new accepted version of <paramref name="code"/> (copy of its latest, with the given value and grade).</summary>
    public static Task NewVersionAsync(NpgsqlConnection connection, string code, string value, int grade) =>
        connection.ExecuteAsync(
            $"""
            INSERT INTO factor_versions (id, factor_id, version_number, status, value, gas_coverage, gwp_set, system_boundary,
                source_type, source_citation, access_level, created_by, grade_level, accepted_at, accepted_by)
            SELECT gen_random_uuid(), v.factor_id, v.version_number + 1, 'accepted', {value}, v.gas_coverage, v.gwp_set, v.system_boundary,
                   v.source_type, 'revised figure', v.access_level, 'tester', {grade}, now() - interval '1 second', 'curator'
            FROM factor_versions v JOIN factors f ON f.id = v.factor_id
            WHERE f.code = '{code}' ORDER BY v.version_number DESC LIMIT 1
            """);

    public static Task WithdrawAsync(NpgsqlConnection connection, string code) =>
        connection.ExecuteAsync(
            $"""
            INSERT INTO factor_version_events (factor_version_id, event, reason, actor, occurred_at)
            SELECT v.id, 'withdrawn', 'source retracted', 'curator', now() - interval '1 second'
            FROM factor_versions v JOIN factors f ON f.id = v.factor_id
            WHERE f.code = '{code}' ORDER BY v.version_number DESC LIMIT 1
            """);
}
