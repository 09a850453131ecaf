using FactorHub.Database;
using FactorHub.Seeding;
using FactorHub.Snapshots;
using Npgsql;

namespace FactorHub.Hosting;

public static class CommandExtensions
{
    /// <summary>
    /// Runs the command FactorHub was started with. <c>serve</c> migrates and seeds first (unless
    /// <c>Database:MigrateOnStartup</c> / <c>Database:SeedOnStartup</c> say otherwise), then serves until shutdown.
    /// Returns the process exit code.
    /// </summary>
    public static async Task<int> RunFactorHubCommandAsync(this WebApplication app, FactorHubCommand command)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FactorHub");
        var database = app.Services.GetRequiredService<FactorHubDatabase>();
        var stopping = app.Lifetime.ApplicationStopping;
        try
        {
            switch (command.Name)
            {
                case "serve":
                    if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
                    {
                        await database.MigrateAsync(stopping);
                    }
                    if (app.Configuration.GetValue("Database:SeedOnStartup", true))
                    {
                        await SeedAsync(app, database, logger, stopping);
                    }
                    await app.RunAsync();
                    return 0;
                case "migrate":
                    var applied = await database.MigrateAsync(stopping);
                    logger.LogInformation("{Count} migrations applied", applied.Count);
                    return 0;
                case "seed":
                    await database.MigrateAsync(stopping);
                    await SeedAsync(app, database, logger, stopping);
                    return 0;
                case "publish":
                    if (command.Option("label") is not { Length: > 0 } label)
                    {
                        logger.LogError("publish needs --label YYYY.NN (e.g. publish --label 2027.01)");
                        return 64;
                    }
                    await database.MigrateAsync(stopping);
                    // The same path as the schedule and publishSnapshot: one transaction, files staged and moved after the commit.
                    await app.Services.GetRequiredService<SnapshotPublication>().PublishAsync(label, "command-line", stopping);
                    return 0;
                default:
                    logger.LogError("The command '{Command}' is not available yet", command.Name);
                    return 2;
            }
        }
        catch (PostgresException exception) when (command.Name == "publish" && exception.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            logger.LogCritical("publish failed: the label {Label} is already used by another snapshot", command.Option("label"));
            return 1;
        }
        catch (Exception exception) when (exception is MigrationException or SeedDataException or SnapshotPublicationException)
        {
            // These carry their own clear message (file, line, column); a stack trace adds nothing.
            logger.LogCritical("{Command} failed: {Message}", command.Name, exception.Message);
            return 1;
        }
    }

    private static Task SeedAsync(WebApplication app, FactorHubDatabase database, ILogger logger, CancellationToken cancellationToken)
    {
        var seedDirectory = app.Configuration["Database:SeedDirectory"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, app.Environment.ContentRootPath)
            : Path.Combine(AppContext.BaseDirectory, "seed-data");
        // Seeds as the application role: its grants cover the seeded tables, and published rows stay protected.
        return SeedLoader.LoadAsync(database.Connections.Application, seedDirectory, logger, cancellationToken);
    }
}
