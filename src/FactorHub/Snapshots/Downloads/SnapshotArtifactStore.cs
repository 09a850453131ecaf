using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using FactorHub.Snapshots.Changes;
using FactorHub.Snapshots.Exports;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FactorHub.Snapshots.Downloads;

/// <summary>What a set's manifest says about one file.</summary>
public sealed record ArtifactFile(string Name, long Bytes, string Sha256);

/// <summary>
/// The download files of published snapshots: <c>{root}/{label}/{public|registered}/</c>. A publication writes them into a
/// staging directory inside its transaction and moves the directory into place only after the commit, so a failed or
/// cancelled build leaves no files. A published snapshot whose files are missing (another replica published it, or the
/// directory was cleared) gets them rebuilt from the database on first request; its content is immutable, so the rebuild
/// has the same rows (the signature and the zip timestamps inside the XLSX are new).
/// </summary>
public sealed class SnapshotArtifactStore(
    IOptions<SnapshotOptions> options,
    IHostEnvironment environment,
    SnapshotSigningKey signingKey,
    NpgsqlDataSource dataSource,
    ILogger<SnapshotArtifactStore> logger)
{
    public const string ManifestFormat = "factorhub-snapshot-manifest/1";

    /// <summary>The files of each set, in manifest order (manifest.json and manifest.sig are not listed in it).</summary>
    public static readonly string[] DataFiles = ["factors.jsonl.gz", "factors.csv", "factors.xlsx", "changes.csv"];

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public string Root { get; } = RootOf(options.Value, environment);

    /// <summary>The folder beside the local cluster's (<c>.data/postgres</c>) that holds the artifacts by default.</summary>
    public const string DefaultFolderName = "snapshots";

    /// <summary><c>Snapshots:ArtifactDirectory</c> resolved against the content root; unset: <c>.data/snapshots</c> in the checkout.</summary>
    public static string RootOf(SnapshotOptions options, IHostEnvironment environment) =>
        string.IsNullOrWhiteSpace(options.ArtifactDirectory)
            ? DefaultRootOf(environment.ContentRootPath)
            : Path.GetFullPath(options.ArtifactDirectory, environment.ContentRootPath);

    // The checkout the local cluster lives in (the nearest ancestor holding .git), so local runtime data stays in one
    // git-ignored place; the cluster itself is Linux-only, elsewhere the content root stands in for the checkout.
    private static string DefaultRootOf(string contentRoot) => OperatingSystem.IsLinux()
        ? Path.Combine(Database.LocalClusterLocation.FindCheckout(contentRoot), Database.LocalClusterLocation.DataFolderName, DefaultFolderName)
        : Path.Combine(Path.GetFullPath(contentRoot), ".data", DefaultFolderName);

    public static string SetName(DownloadSet set) => set == DownloadSet.Public ? "public" : "registered";

    public string DirectoryOf(string label, DownloadSet set) => Path.Combine(Root, label, SetName(set));

    /// <summary>A new, empty staging directory for one publication.</summary>
    public string CreateStaging()
    {
        var staging = Path.Combine(Root, ".staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        return staging;
    }

    public void DeleteStaging(string staging)
    {
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        catch (IOException exception)
        {
            logger.LogWarning(exception, "Could not delete the staging directory {Staging}", staging);
        }
    }

    /// <summary>Moves a complete staging directory to the label's place; false when the label already has its files.</summary>
    public bool Promote(string staging, string label)
    {
        var target = Path.Combine(Root, label);
        try
        {
            Directory.Move(staging, target);
            return true;
        }
        catch (IOException) when (Directory.Exists(target))
        {
            DeleteStaging(staging);
            return false;
        }
    }

    /// <summary>
    /// Writes both sets of <paramref name="snapshotId"/> into <paramref name="staging"/>, reading through
    /// <paramref name="connection"/> (inside the publication's transaction, so the not yet committed members are seen).
    /// </summary>
    public async Task WriteAsync(NpgsqlConnection connection, Guid snapshotId, string staging, CancellationToken cancellationToken,
        PublishedSnapshot? building = null)
    {
        var header = await ReadHeaderAsync(connection, snapshotId, building, cancellationToken);
        foreach (var set in new[] { DownloadSet.Public, DownloadSet.Registered })
        {
            var directory = Path.Combine(staging, SetName(set));
            Directory.CreateDirectory(directory);
            await WriteFactorFilesAsync(connection, snapshotId, set, directory, cancellationToken);
            await using (var changes = File.Create(Path.Combine(directory, "changes.csv")))
            {
                IReadOnlyList<SnapshotChange> list = header.PreviousId is { } previous
                    ? await SnapshotDiff.ComputeAsync(connection, null, previous, snapshotId,
                        level => SnapshotExportReader.Discloses(set, level), cancellationToken)
                    : [];
                await SnapshotDiff.WriteCsvAsync(changes, list, cancellationToken);
            }
            var files = new List<ArtifactFile>();
            foreach (var name in DataFiles)
            {
                files.Add(await DescribeAsync(Path.Combine(directory, name), cancellationToken));
            }
            var manifest = WriteManifest(header, set, files);
            await File.WriteAllBytesAsync(Path.Combine(directory, "manifest.json"), manifest, cancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(directory, "manifest.sig"), signingKey.Sign(manifest), cancellationToken);
        }
    }

    /// <summary>
    /// Writes factors.jsonl.gz, factors.csv and factors.xlsx of one set from a single read of the members.
    /// </summary>
    public static async Task WriteFactorFilesAsync(NpgsqlConnection connection, Guid snapshotId, DownloadSet set, string directory,
        CancellationToken cancellationToken)
    {
        await using var jsonFile = File.Create(Path.Combine(directory, "factors.jsonl.gz"));
        await using var gzip = new GZipStream(jsonFile, CompressionLevel.Fastest);
        await using var csvFile = File.Create(Path.Combine(directory, "factors.csv"));
        await using var xlsxFile = new FileStream(Path.Combine(directory, "factors.xlsx"), FileMode.Create, FileAccess.Write);
        ISnapshotRowSink[] sinks = [new JsonLinesExport(gzip), new CsvExport(csvFile), new XlsxExport(xlsxFile)];
        try
        {
            await foreach (var row in SnapshotExportReader.ReadAsync(connection, null, snapshotId, set, cancellationToken))
            {
                foreach (var sink in sinks)
                {
                    sink.Write(row);
                }
            }
            foreach (var sink in sinks)
            {
                await sink.CompleteAsync(cancellationToken);
            }
        }
        finally
        {
            foreach (var sink in sinks)
            {
                await sink.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The directory holding <paramref name="label"/>'s files for <paramref name="set"/>, rebuilding them when missing;
    /// null when no snapshot with that label is published.
    /// </summary>
    public async Task<string?> EnsureAsync(string label, DownloadSet set, CancellationToken cancellationToken)
    {
        var directory = DirectoryOf(label, set);
        if (File.Exists(Path.Combine(directory, "manifest.sig")))
        {
            return directory;
        }
        var gate = _locks.GetOrAdd(label, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(Path.Combine(directory, "manifest.sig")))
            {
                return directory;
            }
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT id FROM snapshots WHERE label = @label AND status = 'published'", connection);
            command.Parameters.AddWithValue("label", label);
            if (await command.ExecuteScalarAsync(cancellationToken) is not Guid id)
            {
                return null;
            }
            logger.LogInformation("Building the download files of snapshot {Label}", label);
            var staging = CreateStaging();
            try
            {
                await using (var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken))
                {
                    await WriteAsync(connection, id, staging, cancellationToken);
                }
                Promote(staging, label);
            }
            finally
            {
                DeleteStaging(staging);
            }
            return directory;
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<ArtifactFile> DescribeAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return new ArtifactFile(Path.GetFileName(path), stream.Length, Convert.ToHexStringLower(hash));
    }

    private byte[] WriteManifest(SnapshotHeader header, DownloadSet set, IReadOnlyList<ArtifactFile> files)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", ManifestFormat);
            json.WriteString("label", header.Label);
            json.WriteString("set", SetName(set));
            json.WriteString("contentDigest", header.ContentDigest);
            json.WriteNumber("factorCount", header.FactorCount);
            json.WriteString("cutoffAt", header.CutoffAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
            if (header.PreviousLabel is null)
            {
                json.WriteNull("previous");
            }
            else
            {
                json.WriteString("previous", header.PreviousLabel);
            }
            json.WriteStartObject("signature");
            json.WriteString("algorithm", SnapshotSigningKey.Algorithm);
            json.WriteString("keyId", signingKey.KeyId);
            json.WriteString("file", "manifest.sig");
            json.WriteEndObject();
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("name", file.Name);
                json.WriteNumber("bytes", file.Bytes);
                json.WriteString("sha256", file.Sha256);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private sealed record SnapshotHeader(string Label, DateTimeOffset CutoffAt, int FactorCount, string ContentDigest,
        Guid? PreviousId, string? PreviousLabel);

    // Inside the build the row has no count and digest yet: the publisher's figures are passed in.
    private static async Task<SnapshotHeader> ReadHeaderAsync(NpgsqlConnection connection, Guid snapshotId, PublishedSnapshot? building,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT s.label, s.cutoff_at, s.previous_snapshot_id, p.label, s.factor_count, s.content_digest
            FROM snapshots s LEFT JOIN snapshots p ON p.id = s.previous_snapshot_id
            WHERE s.id = @id
            """, connection);
        command.Parameters.AddWithValue("id", snapshotId);
        string label;
        DateTimeOffset cutoff;
        Guid? previousId;
        string? previousLabel;
        int? count;
        string? digest;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException($"snapshot {snapshotId} does not exist");
            }
            label = reader.GetString(0);
            cutoff = reader.GetFieldValue<DateTimeOffset>(1);
            previousId = reader.IsDBNull(2) ? null : reader.GetGuid(2);
            previousLabel = reader.IsDBNull(3) ? null : reader.GetString(3);
            count = reader.IsDBNull(4) ? building?.FactorCount : reader.GetInt32(4);
            digest = reader.IsDBNull(5) ? building?.ContentDigest : reader.GetString(5);
        }
        if (count is null || digest is null)
        {
            throw new InvalidOperationException($"snapshot {label} has no content digest yet");
        }
        return new SnapshotHeader(label, cutoff, count.Value, digest, previousId, previousLabel);
    }
}
