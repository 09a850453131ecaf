using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FactorHub.Data;
using FactorHub.Factors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FactorHub.Snapshots;

public sealed class SnapshotIndexOptions
{
    /// <summary>
    /// How long the list of published snapshots (and so "latest") is trusted before it is re-read with one
    /// small query. Publishing is rare; a short interval keeps hot reads free of database round trips.
    /// </summary>
    public TimeSpan PublishedListRefreshInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Holds one <see cref="SnapshotIndex"/> per published label for the life of the process (published snapshots
/// never change). Loads are single-flight: concurrent first readers of a label share one load; a failed load is
/// forgotten so the next reader retries. Singleton.
/// </summary>
public sealed partial class SnapshotIndexRegistry(
    IServiceScopeFactory scopeFactory,
    IOptions<SnapshotIndexOptions> options,
    TimeProvider timeProvider,
    ILogger<SnapshotIndexRegistry> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<SnapshotIndex>>> indexes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim listGate = new(1, 1);
    private volatile PublishedList? published;

    /// <summary>The label meaning "the newest published snapshot" (also what an omitted label means).</summary>
    public const string Latest = "latest";

    [GeneratedRegex(@"^[0-9]{4}\.[0-9]{2}$")]
    private static partial Regex LabelPattern();

    /// <summary>The published snapshots, oldest first.</summary>
    public async Task<IReadOnlyList<SnapshotInfo>> GetPublishedAsync(CancellationToken cancellationToken) =>
        (await GetPublishedListAsync(cancellationToken)).Snapshots;

    /// <summary>
    /// The index of <paramref name="label"/> (null or "latest": the newest published snapshot). Throws a
    /// <see cref="CatalogException"/> for a malformed label or one that is not published.
    /// </summary>
    public async Task<SnapshotIndex> GetAsync(string? label, CancellationToken cancellationToken)
    {
        string resolved;
        if (label is null || label == Latest)
        {
            var list = await GetPublishedListAsync(cancellationToken);
            resolved = list.Snapshots.Count > 0
                ? list.Snapshots[^1].Label
                : throw new CatalogException(CatalogErrorCodes.SnapshotNotFound, "No snapshot has been published yet.", "snapshot");
        }
        else if (!LabelPattern().IsMatch(label))
        {
            throw new CatalogException(CatalogErrorCodes.BadUserInput,
                $"'{label}' is not a snapshot label: expected YYYY.NN (e.g. 2026.00) or \"latest\".", "snapshot");
        }
        else
        {
            resolved = label;
        }

        if (indexes.TryGetValue(resolved, out var cached) && cached.Value.IsCompletedSuccessfully)
        {
            return cached.Value.Result;
        }
        var lazy = indexes.GetOrAdd(resolved, key => new Lazy<Task<SnapshotIndex>>(() => LoadAsync(key)));
        try
        {
            // The load is shared, so it runs to completion whatever this caller's cancellation does.
            return await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (lazy.Value.IsFaulted || lazy.Value.IsCanceled)
        {
            indexes.TryRemove(new KeyValuePair<string, Lazy<Task<SnapshotIndex>>>(resolved, lazy));
            throw;
        }
    }

    /// <summary>
    /// Makes the next read re-check which snapshots are published (and so what "latest" means) instead of waiting for
    /// <see cref="SnapshotIndexOptions.PublishedListRefreshInterval"/>; for a publisher running in this process.
    /// </summary>
    public void ForgetPublishedList() => published = null;

    /// <summary>
    /// The index of a label already loaded — for navigating from a result to its snapshot's reference data
    /// (the result was read from that index, so it is in memory).
    /// </summary>
    public SnapshotIndex GetLoaded(string label) =>
        indexes.TryGetValue(label, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully
            ? lazy.Value.Result
            : throw new InvalidOperationException($"Snapshot {label} is not loaded.");

    private async Task<SnapshotIndex> LoadAsync(string label)
    {
        var started = timeProvider.GetTimestamp();
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FactorHubDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var index = await SnapshotIndexLoader.LoadAsync(connection, label, CancellationToken.None)
                ?? throw await NotPublishedAsync(label);
            logger.LogInformation("Loaded snapshot {Label}: {FactorCount} factors in {ElapsedMs:F0} ms",
                label, index.Factors.Count, timeProvider.GetElapsedTime(started).TotalMilliseconds);
            return index;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<CatalogException> NotPublishedAsync(string label)
    {
        var list = await GetPublishedListAsync(CancellationToken.None);
        var known = list.Snapshots.Count == 0 ? "none yet" : string.Join(", ", list.Snapshots.Select(s => s.Label));
        return new CatalogException(CatalogErrorCodes.SnapshotNotFound,
            $"Snapshot '{label}' is not published. Published snapshots: {known}.", "snapshot");
    }

    private async Task<PublishedList> GetPublishedListAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var current = published;
        if (current is not null && now - current.ReadAt < options.Value.PublishedListRefreshInterval)
        {
            return current;
        }
        await listGate.WaitAsync(cancellationToken);
        try
        {
            current = published;
            if (current is not null && timeProvider.GetUtcNow() - current.ReadAt < options.Value.PublishedListRefreshInterval)
            {
                return current;
            }
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FactorHubDbContext>();
            var rows = await db.Snapshots.AsNoTracking()
                .Where(s => s.Status == SnapshotStatus.Published)
                .OrderBy(s => s.Label)
                .Select(s => new { s.Id, s.Label, s.CutoffAt, s.PublishedAt, s.PreviousSnapshotId, s.FactorCount, s.ContentDigest, s.DescriptionZh, s.DescriptionEn })
                .ToListAsync(cancellationToken);
            var labels = rows.ToDictionary(r => r.Id, r => r.Label);
            var snapshots = rows.Select(r => new SnapshotInfo(r.Id, r.Label, r.CutoffAt, r.PublishedAt!.Value,
                r.PreviousSnapshotId is { } p ? labels.GetValueOrDefault(p) : null, r.FactorCount ?? 0, r.ContentDigest ?? "",
                r.DescriptionZh, r.DescriptionEn)).ToArray();
            current = new PublishedList(snapshots, timeProvider.GetUtcNow());
            published = current;
            return current;
        }
        finally
        {
            listGate.Release();
        }
    }

    private sealed record PublishedList(IReadOnlyList<SnapshotInfo> Snapshots, DateTimeOffset ReadAt);
}
