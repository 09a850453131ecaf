using FactorHub.Database;
using FactorHub.Identity;
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
                case "users create":
                    await database.MigrateAsync(stopping);
                    return await CreateUserAsync(app, command, logger, stopping);
                case "tokens create":
                    await database.MigrateAsync(stopping);
                    return await CreateTokenAsync(app, command, logger, stopping);
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

    private static async Task<int> CreateUserAsync(WebApplication app, FactorHubCommand command, ILogger logger, CancellationToken cancellationToken)
    {
        var missing = new[] { "role", "email", "organisation" }.Where(o => string.IsNullOrWhiteSpace(command.Option(o))).ToArray();
        if (missing.Length > 0)
        {
            logger.LogError("users create needs {Options} (e.g. users create --role Administrator --email a@example.org --organisation CODE)",
                string.Join(", ", missing.Select(o => "--" + o)));
            return 64;
        }
        // Never a default: the password comes from the environment or standard input, and is never logged.
        var password = Environment.GetEnvironmentVariable("FACTORHUB_NEW_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            password = Console.In.ReadLine();
        }
        if (string.IsNullOrEmpty(password))
        {
            logger.LogError("users create: no password given; set FACTORHUB_NEW_PASSWORD or write it to standard input");
            return 64;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        try
        {
            var user = await accounts.CreateAsync(command.Option("email")!, password, command.Option("role")!, command.Option("organisation")!,
                "command-line", cancellationToken);
            logger.LogInformation("Created account {Email} ({Role}) with id {Id}", user.Email, Roles.Find(command.Option("role")), user.Id);
            return 0;
        }
        catch (AccountException error)
        {
            logger.LogError("users create failed: {Message}", error.Message);
            return 1;
        }
    }

    /// <summary>
    /// The way to a first API token before any web sign-in exists. The token goes to standard output only (never to
    /// the log), so it can be captured by a script: <c>TOKEN=$(FactorHub tokens create …)</c>.
    /// </summary>
    private static async Task<int> CreateTokenAsync(WebApplication app, FactorHubCommand command, ILogger logger, CancellationToken cancellationToken)
    {
        var missing = new[] { "email", "name", "scopes" }.Where(o => string.IsNullOrWhiteSpace(command.Option(o))).ToArray();
        if (missing.Length > 0)
        {
            logger.LogError("tokens create needs {Options} (e.g. tokens create --email a@example.org --name engine --scopes factors:read)",
                string.Join(", ", missing.Select(o => "--" + o)));
            return 64;
        }
        DateTimeOffset? expiresAt = null;
        if (command.Option("days") is { } days)
        {
            if (!int.TryParse(days, System.Globalization.CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                logger.LogError("tokens create: --days '{Days}' is not a whole number of days of at least 1", days);
                return 64;
            }
            expiresAt = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(count);
        }
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<FactorHubUser>>();
        if (await users.FindByEmailAsync(command.Option("email")!) is not { } user)
        {
            logger.LogError("tokens create: --email: no account has the e-mail address '{Email}'", command.Option("email"));
            return 1;
        }
        var principal = await scope.ServiceProvider
            .GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<FactorHubUser>>().CreateAsync(user);
        var scopes = command.Option("scopes")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
                .CreateAsync(principal, command.Option("name")!, scopes, expiresAt, forOrganisation: false, cancellationToken);
            logger.LogInformation("Created API token {Prefix}… for {Email}, expiring {ExpiresAt:O}", created.Record.DisplayPrefix, user.Email,
                created.Record.ExpiresAt);
            Console.Out.WriteLine(created.Token);
            return 0;
        }
        catch (ApiTokenException error)
        {
            logger.LogError("tokens create failed: {Message}", error.Message.Replace("input.", "--", StringComparison.Ordinal));
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
