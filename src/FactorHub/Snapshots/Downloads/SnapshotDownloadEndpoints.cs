using FactorHub.Snapshots.Exports;
using Microsoft.Net.Http.Headers;

namespace FactorHub.Snapshots.Downloads;

/// <summary>
/// <c>/snapshots/{label}/{file}</c> (public set: <c>Cache-Control: public, immutable</c>),
/// <c>/snapshots/{label}/registered/{file}</c> (signed-in callers only, <c>private</c>) and
/// <c>/snapshots/signing-key.pem</c>. Files are served with an ETag (the file's SHA-256) and HTTP range support.
/// </summary>
public static class SnapshotDownloadEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["manifest.json"] = "application/json",
        ["manifest.sig"] = "application/octet-stream",
        ["factors.jsonl.gz"] = "application/gzip",
        ["factors.csv"] = "text/csv; charset=utf-8",
        ["factors.xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["changes.csv"] = "text/csv; charset=utf-8",
    };

    public static IEndpointRouteBuilder MapSnapshotDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/snapshots/signing-key.pem", (SnapshotSigningKey key, HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(key.PublicKeyPem, "application/x-pem-file");
        });
        endpoints.MapGet("/snapshots/{label}/registered/{file}", (string label, string file, HttpContext context,
            SnapshotArtifactStore store, ISnapshotAccessPolicy access) =>
        {
            if (!access.MaySeeRegistered(context.User))
            {
                return Task.FromResult(Results.Unauthorized());
            }
            return ServeAsync(label, file, DownloadSet.Registered, context, store);
        });
        endpoints.MapGet("/snapshots/{label}/{file}", (string label, string file, HttpContext context, SnapshotArtifactStore store) =>
            ServeAsync(label, file, DownloadSet.Public, context, store));
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string label, string file, DownloadSet set, HttpContext context, SnapshotArtifactStore store)
    {
        if (!ContentTypes.TryGetValue(file, out var contentType) || !SnapshotPublisher.IsLabel(label))
        {
            return Results.NotFound();
        }
        var directory = await store.EnsureAsync(label, set, context.RequestAborted);
        if (directory is null)
        {
            return Results.NotFound();
        }
        var path = Path.Combine(directory, file);
        context.Response.Headers.CacheControl = set == DownloadSet.Public
            ? "public, max-age=31536000, immutable"
            : "private, max-age=31536000, immutable";
        if (set == DownloadSet.Registered)
        {
            context.Response.Headers.Vary = "Authorization, Cookie";
        }
        var etag = new EntityTagHeaderValue("\"" + await FileETags.GetAsync(path, context.RequestAborted) + "\"");
        return Results.File(path, contentType, fileDownloadName: null, lastModified: null, entityTag: etag, enableRangeProcessing: true);
    }
}

/// <summary>SHA-256 of immutable files, computed once per path.</summary>
internal static class FileETags
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static async Task<string> GetAsync(string path, CancellationToken cancellationToken)
    {
        if (Cache.TryGetValue(path, out var etag))
        {
            return etag;
        }
        await using var stream = File.OpenRead(path);
        etag = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(stream, cancellationToken));
        return Cache.GetOrAdd(path, etag);
    }
}
