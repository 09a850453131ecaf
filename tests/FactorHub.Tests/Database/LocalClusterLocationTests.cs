using FactorHub.Database;

namespace FactorHub.Tests.Database;

public sealed class LocalClusterLocationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"factorhub-location-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task UsesTheGitIgnoredDataFolderOfTheCheckout()
    {
        var checkout = Path.Combine(_root, "checkout");
        Directory.CreateDirectory(Path.Combine(checkout, ".git"));
        Directory.CreateDirectory(Path.Combine(checkout, "src", "FactorHub"));

        var dataDirectory = await LocalClusterLocation.ResolveDataDirectoryAsync(Path.Combine(checkout, "src", "FactorHub"), CancellationToken.None);

        Assert.Equal(Path.Combine(checkout, ".data", "postgres"), dataDirectory);
    }

    [Fact]
    public async Task RecognisesAWorktreeWhoseGitEntryIsAFile()
    {
        var checkout = Path.Combine(_root, "worktree");
        Directory.CreateDirectory(Path.Combine(checkout, "src"));
        await File.WriteAllTextAsync(Path.Combine(checkout, ".git"), "gitdir: /elsewhere\n");

        Assert.Equal(checkout, LocalClusterLocation.FindCheckout(Path.Combine(checkout, "src")));
    }

    [Fact]
    public async Task FallsBackToAPrivateTemporaryFolderWhenThePostgresUserCannotReachTheCheckout()
    {
        Assert.True(Environment.IsPrivilegedProcess, "This case arises only when FactorHub runs as root, as the tests here do.");
        // Like a clone under /root: a parent closed to other users.
        var closed = Path.Combine(_root, "home");
        var checkout = Path.Combine(closed, "clone");
        Directory.CreateDirectory(Path.Combine(checkout, ".git"));
        File.SetUnixFileMode(closed, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var dataDirectory = await LocalClusterLocation.ResolveDataDirectoryAsync(checkout, CancellationToken.None);
        var again = await LocalClusterLocation.ResolveDataDirectoryAsync(checkout, CancellationToken.None);

        var parent = Path.GetDirectoryName(dataDirectory)!;
        try
        {
            Assert.Equal(Path.GetTempPath().TrimEnd('/'), Path.GetDirectoryName(parent));
            Assert.Matches("^factorhub-[0-9a-f]{16}$", Path.GetFileName(parent));
            Assert.Equal("postgres", Path.GetFileName(dataDirectory));
            Assert.Equal(dataDirectory, again);
            Assert.Equal(0, (int)(File.GetUnixFileMode(parent) & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
