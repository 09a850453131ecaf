using System.Text.Json;
using FactorHub.Database;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FactorHub.Hosting;

public static class HealthExtensions
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddFactorHubHealthChecks(this WebApplicationBuilder builder)
    {
        // A singleton, so the migration files it compares against are read once, not on every probe.
        builder.Services.AddSingleton<DatabaseReadyHealthCheck>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: [ReadyTag]);
        return builder;
    }

    /// <summary>
    /// <c>/health/live</c>: the process answers (runs no check). <c>/health/ready</c>: the database is reachable
    /// and every migration file has been applied. Both answer JSON with the status of each check.
    /// </summary>
    public static WebApplication MapFactorHubHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteJsonAsync });
        return app;
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

/// <summary>Ready when the database answers and no migration file is pending.</summary>
internal sealed class DatabaseReadyHealthCheck(FactorHubDatabase database) : IHealthCheck
{
    // The migration files ship with the binaries and cannot change while the process runs.
    private readonly Lazy<int[]> _expectedVersions = new(() =>
        [.. Database.MigrationScript.LoadDirectory(database.CreateMigrator().MigrationsDirectory).Select(f => f.Version)]);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var applied = await database.CreateMigrator().GetHistoryAsync(cancellationToken);
            var appliedVersions = applied.Select(a => a.Version).ToHashSet();
            var pending = _expectedVersions.Value.Count(version => !appliedVersions.Contains(version));
            return pending == 0
                ? HealthCheckResult.Healthy($"{applied.Count} migrations applied")
                : HealthCheckResult.Unhealthy($"{pending} migrations pending");
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or TimeoutException or IOException)
        {
            // The message names no host or credential: it is served to anonymous callers.
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
