using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using FactorHub.Tests.Infrastructure;
using Npgsql;

namespace FactorHub.Tests.Identity;

/// <summary>The account and token commands, run as the real FactorHub process against a seeded test database.</summary>
public sealed class CommandLineTests : DatabaseTest
{
    private const string Password = "Command-Line-Secret-42";

    // Snapshot files and the generated signing key of the process: a temporary folder, not the checkout's .data.
    private readonly string _artifacts = Path.Combine(Path.GetTempPath(), "factorhub-tests", "cli-artifacts-" + Guid.NewGuid().ToString("N"));

    protected override TestTemplate Template => TestTemplate.Seeded;

    public override async Task DisposeAsync()
    {
        if (Directory.Exists(_artifacts)) Directory.Delete(_artifacts, recursive: true);
        await base.DisposeAsync();
    }

    [Fact]
    public async Task Users_create_takes_the_password_from_the_environment_and_tokens_create_prints_a_working_token()
    {
        var created = await RunAsync(["users", "create", "--role", "administrator", "--email", "root@example.org", "--organisation", "FH-CURATION"],
            password: Password);
        Assert.True(created.ExitCode == 0, created.Output);
        Assert.DoesNotContain(Password, created.Output);

        var token = await RunAsync(["tokens", "create", "--email", "root@example.org", "--name", "first", "--scopes", "factors:read,admin", "--days", "7"]);
        Assert.True(token.ExitCode == 0, token.Output);
        var printed = token.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Single(l => l.StartsWith("fh_", StringComparison.Ordinal));

        await using var connection = await Database.OpenOwnerConnectionAsync();
        await using var select = new NpgsqlCommand(
            "SELECT t.secret_hash, u.email_confirmed, r.name FROM api_tokens t JOIN users u ON u.id = t.user_id " +
            "JOIN user_roles ur ON ur.user_id = u.id JOIN roles r ON r.id = ur.role_id WHERE u.email = 'root@example.org'", connection);
        await using var reader = await select.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(printed)), (byte[])reader[0]);
        Assert.True(reader.GetBoolean(1));
        Assert.Equal("Administrator", reader.GetString(2));
        // The token goes to standard output only: the log lines carry its prefix at most.
        Assert.DoesNotContain(printed, token.Stderr);
        Assert.Equal(1, CountOccurrences(token.Output, printed));
    }

    [Fact]
    public async Task Users_create_without_a_password_or_with_a_bad_organisation_fails_and_creates_nothing()
    {
        var noPassword = await RunAsync(["users", "create", "--role", "Curator", "--email", "c@example.org", "--organisation", "FH-CURATION"]);
        var badOrganisation = await RunAsync(["users", "create", "--role", "Curator", "--email", "c@example.org", "--organisation", "NOPE"], password: Password);
        var missing = await RunAsync(["users", "create", "--role", "Curator"], password: Password);

        Assert.Equal(64, noPassword.ExitCode);
        Assert.Contains("no password given; set FACTORHUB_NEW_PASSWORD or write it to standard input", noPassword.Output);
        Assert.Equal(1, badOrganisation.ExitCode);
        Assert.Contains("--organisation: no organisation has the code 'NOPE'.", badOrganisation.Output);
        Assert.Equal(64, missing.ExitCode);
        Assert.Contains("--email, --organisation", missing.Output);
        await using var connection = await Database.OpenOwnerConnectionAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM users", connection);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private async Task<(int ExitCode, string Stdout, string Stderr, string Output)> RunAsync(string[] args, string? password = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.ArgumentList.Add($"--ConnectionStrings:FactorHub={Database.AppConnectionString}");
        start.ArgumentList.Add($"--ConnectionStrings:FactorHubOwner={Database.OwnerConnectionString}");
        start.ArgumentList.Add($"--Snapshots:ArtifactDirectory={_artifacts}");
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment.Remove("FACTORHUB_NEW_PASSWORD");
        if (password is not null) start.Environment["FACTORHUB_NEW_PASSWORD"] = password;
        using var process = Process.Start(start)!;
        process.StandardInput.Close(); // no password on standard input
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr, await stdout + await stderr);
    }
}
