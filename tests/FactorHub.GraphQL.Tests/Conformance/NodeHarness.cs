using System.Diagnostics;
using System.Text;

namespace FactorHub.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the Node.js conformance scripts: the shared harness (graphql-http audit, introspection and
/// differential checks against graphql-js) and this folder's own scripts. A missing Node.js or a
/// harness without its npm packages is a test failure with instructions, never a skip: these
/// checks are the engine's evidence of spec conformance.
/// </summary>
public static class NodeHarness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The directory holding FactorHub.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>This folder in the source tree: schema, data, resolver table, corpora and scripts.</summary>
    public static string ConformanceDirectory { get; } =
        Path.Combine(RepositoryRoot, "tests", "FactorHub.GraphQL.Tests", "Conformance");

    /// <summary>
    /// The shared harness (<c>../shared/conformance/graphql</c> beside the repository):
    /// <c>FACTORHUB_CONFORMANCE_DIR</c> if set, else the first ancestor of the repository root that
    /// holds <c>shared/conformance/graphql</c> (the repository's own parent for a normal checkout;
    /// further up for a git worktree). The scripts in this folder locate it the same way.
    /// </summary>
    public static string HarnessDirectory { get; } = FindHarness();

    /// <summary>Runs <c>node SCRIPT ARGS</c> in the harness directory (the scripts' own working directory).</summary>
    public static async Task<NodeResult> RunAsync(string script, params string[] arguments)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = HarnessDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["FACTORHUB_CONFORMANCE_DIR"] = HarnessDirectory;

        using var process = new Process { StartInfo = start };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"Node.js could not be started ({e.Message}). Install Node.js >= 18 and put `node` on PATH, "
                + $"then run `npm ci` in {HarnessDirectory}.");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within {Timeout.TotalMinutes} minutes.\n{stdout}\n{stderr}");
        }
        process.WaitForExit(); // flushes the asynchronous output readers
        return new NodeResult($"node {script} {string.Join(' ', arguments)}", process.ExitCode, stdout.ToString(), stderr.ToString());
    }

    private static void EnsureInstalled()
    {
        foreach (var package in new[] { "graphql", "graphql-http" })
        {
            if (!File.Exists(Path.Combine(HarnessDirectory, "node_modules", package, "package.json")))
            {
                Assert.Fail($"The npm package '{package}' is missing from {HarnessDirectory}/node_modules: "
                    + $"run `npm ci` in {HarnessDirectory} (needs Node.js >= 18).");
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactorHub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"FactorHub.sln not found above {AppContext.BaseDirectory}.");
    }

    private static string FindHarness()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("FACTORHUB_CONFORMANCE_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }
        for (var dir = new DirectoryInfo(RepositoryRoot).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "conformance", "graphql");
            if (File.Exists(Path.Combine(candidate, "lib.mjs")))
            {
                return candidate;
            }
        }
        // Not found: report the conventional location; RunAsync fails with instructions.
        return Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "conformance", "graphql"));
    }
}

/// <summary>The outcome of one Node.js script run.</summary>
public sealed record NodeResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>The last non-empty line of standard output (the scripts' summary line).</summary>
    public string LastLine => StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .LastOrDefault() ?? "";

    /// <summary>Fails the test with the full output unless the script exited with 0.</summary>
    public void AssertSucceeded()
    {
        if (ExitCode != 0)
        {
            Assert.Fail($"`{CommandLine}` exited with {ExitCode}.\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}");
        }
    }
}
