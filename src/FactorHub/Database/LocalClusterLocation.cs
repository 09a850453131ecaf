using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;

namespace FactorHub.Database;

/// <summary>
/// Where FactorHub keeps its local cluster by default: <c>.data/postgres</c> in the checkout (git-ignored). When this
/// process is root and the <c>postgres</c> OS user that runs the server cannot reach the checkout (a clone under
/// <c>/root</c>, say), a folder in the system temporary directory keyed by the checkout's path is used instead.
/// </summary>
[SupportedOSPlatform("linux")]
public static class LocalClusterLocation
{
    public const string DataFolderName = ".data";
    public const string ClusterFolderName = "postgres";

    /// <summary>The checkout holding <paramref name="startDirectory"/>: the nearest ancestor with a <c>.git</c> entry, else the directory itself.</summary>
    public static string FindCheckout(string startDirectory)
    {
        var start = Path.GetFullPath(startDirectory);
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            // A worktree's .git is a file, a clone's a directory.
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }
        return start;
    }

    /// <summary>The default data directory for the checkout holding <paramref name="contentRoot"/>.</summary>
    public static async Task<string> ResolveDataDirectoryAsync(string contentRoot, CancellationToken cancellationToken)
    {
        var checkout = FindCheckout(contentRoot);
        var dataFolder = Path.Combine(checkout, DataFolderName);
        if (!Environment.IsPrivilegedProcess || await ServerUserCanReachAsync(checkout, cancellationToken).ConfigureAwait(false))
        {
            return Path.Combine(dataFolder, ClusterFolderName);
        }

        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(checkout)))[..16];
        var parent = Path.Combine(Path.GetTempPath(), $"factorhub-{key}");
        await EnsurePrivateParentAsync(parent, cancellationToken).ConfigureAwait(false);
        return Path.Combine(parent, ClusterFolderName);
    }

    private static async Task<bool> ServerUserCanReachAsync(string checkout, CancellationToken cancellationToken)
    {
        var result = await ClusterProcess.RunAsync("test", ["-x", checkout], asServerUser: true, "/", cancellationToken)
            .ConfigureAwait(false);
        return result.ExitCode == 0;
    }

    // The temporary directory is shared by every user: refuse a folder someone else created there, since a planted
    // cluster configuration would run its commands as the postgres user.
    private static async Task EnsurePrivateParentAsync(string parent, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(parent))
        {
            Directory.CreateDirectory(
                parent,
                UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        var stat = await ClusterProcess.RunAsync("stat", ["--format=%u", parent], asServerUser: false, "/", cancellationToken)
            .ConfigureAwait(false);
        stat.EnsureSuccess($"stat {parent}");
        var mode = File.GetUnixFileMode(parent);
        if (stat.StandardOutput.Trim() != "0" || (mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
        {
            throw new InvalidOperationException(
                $"'{parent}' is not a private folder of the root user (owner uid {stat.StandardOutput.Trim()}, writable by others: " +
                $"{(mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0}); FactorHub will not keep its local cluster there. " +
                "Remove it, or set Database:LocalCluster:DataDirectory.");
        }
    }
}
