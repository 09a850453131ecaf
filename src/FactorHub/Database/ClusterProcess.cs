using System.Diagnostics;
using System.Text;

namespace FactorHub.Database;

/// <summary>
/// Runs PostgreSQL's command-line tools (initdb, pg_ctl) for <see cref="LocalPostgresCluster"/>,
/// as the <c>postgres</c> OS user when this process is root, because initdb and postgres refuse to run as root.
/// </summary>
internal sealed class ClusterProcess
{
    public const string ServerOsUser = "postgres";

    // Variables that would silently redirect pg_ctl/initdb to another cluster or server.
    private static readonly string[] InheritedPostgresVariables =
        ["PGDATA", "PGPORT", "PGHOST", "PGHOSTADDR", "PGUSER", "PGDATABASE", "PGPASSWORD", "PGPASSFILE", "PGSERVICE", "PGOPTIONS", "PGCLIENTENCODING"];

    private readonly string _binDirectory;

    public ClusterProcess(string binDirectory, bool runAsServerUser)
    {
        _binDirectory = binDirectory;
        RunAsServerUser = runAsServerUser;
    }

    /// <summary>True when the tools run as the <c>postgres</c> OS user (this process is root).</summary>
    public bool RunAsServerUser { get; }

    /// <summary>Runs a PostgreSQL tool from the binary directory and returns its exit code and output.</summary>
    public Task<ProcessResult> RunToolAsync(string tool, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken) =>
        RunAsync(Path.Combine(_binDirectory, tool), arguments, RunAsServerUser, workingDirectory, cancellationToken);

    /// <summary>Runs any program, optionally as the server's OS user.</summary>
    public static async Task<ProcessResult> RunAsync(
        string fileName, IReadOnlyList<string> arguments, bool asServerUser, string workingDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        if (asServerUser)
        {
            // runuser keeps the environment and needs no password when called by root; setpriv is the fallback
            // on systems without util-linux's runuser.
            if (File.Exists("/usr/sbin/runuser") || File.Exists("/sbin/runuser"))
            {
                startInfo.FileName = File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "/sbin/runuser";
                startInfo.ArgumentList.Add("-u");
                startInfo.ArgumentList.Add(ServerOsUser);
                startInfo.ArgumentList.Add("--");
            }
            else
            {
                startInfo.FileName = "setpriv";
                startInfo.ArgumentList.Add($"--reuid={ServerOsUser}");
                startInfo.ArgumentList.Add($"--regid={ServerOsUser}");
                startInfo.ArgumentList.Add("--init-groups");
                startInfo.ArgumentList.Add("--");
            }
            startInfo.ArgumentList.Add(fileName);
        }
        else
        {
            startInfo.FileName = fileName;
        }
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var name in InheritedPostgresVariables)
        {
            startInfo.Environment.Remove(name);
        }
        // Tool messages are parsed only for error reports; keep them in English.
        startInfo.Environment["LC_MESSAGES"] = "C";

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not start '{startInfo.FileName}': {ex.Message}", ex);
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already exited.
            }
            throw;
        }
        return new ProcessResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    /// <summary>Gives a file or directory to the server's OS user (only meaningful when running as root).</summary>
    public static async Task ChownToServerUserAsync(string path, CancellationToken cancellationToken)
    {
        var result = await RunAsync("chown", [$"{ServerOsUser}:{ServerOsUser}", path], asServerUser: false, "/", cancellationToken)
            .ConfigureAwait(false);
        result.EnsureSuccess($"chown {ServerOsUser} {path}");
    }
}

/// <summary>Exit code and captured output of a finished process.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public void EnsureSuccess(string what)
    {
        if (ExitCode != 0)
        {
            var output = new StringBuilder();
            output.Append(StandardError.Trim());
            if (StandardOutput.Trim().Length > 0)
            {
                output.Append(output.Length > 0 ? " " : "").Append(StandardOutput.Trim());
            }
            throw new InvalidOperationException($"'{what}' failed with exit code {ExitCode}: {output}");
        }
    }
}
