using FactorHub.Snapshots;
using FactorHub.Snapshots.Downloads;
using FactorHub.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace FactorHub.Tests.Snapshots;

/// <summary>Where snapshot files and the local signing key go: <c>.data/snapshots</c> in the checkout unless configured.</summary>
public sealed class ArtifactDirectoryTests : DatabaseTest, IDisposable
{
    private readonly string _checkout = Path.Combine(Path.GetTempPath(), "factorhub-artifact-tests", Guid.NewGuid().ToString("N"));

    public ArtifactDirectoryTests()
    {
        Directory.CreateDirectory(Path.Combine(_checkout, ".git"));
        Directory.CreateDirectory(Path.Combine(_checkout, "src", "FactorHub"));
    }

    public void Dispose() => Directory.Delete(_checkout, recursive: true);

    private IHostEnvironment Environment => new HostingEnvironment { ContentRootPath = Path.Combine(_checkout, "src", "FactorHub") };

    [Fact]
    public void TheDefaultIsDotDataSnapshotsInTheCheckoutBesideTheLocalCluster()
    {
        Assert.Equal(Path.Combine(_checkout, ".data", "snapshots"), SnapshotArtifactStore.RootOf(new SnapshotOptions(), Environment));
        Assert.Equal(Path.Combine(_checkout, ".data", "snapshots"), SnapshotArtifactStore.RootOf(new SnapshotOptions { ArtifactDirectory = " " }, Environment));
    }

    [Fact]
    public void ARelativeOverrideIsUnderTheContentRootAndAnAbsoluteOneIsKept()
    {
        Assert.Equal(Path.Combine(_checkout, "src", "FactorHub", "files", "snapshots"),
            SnapshotArtifactStore.RootOf(new SnapshotOptions { ArtifactDirectory = "files/snapshots" }, Environment));
        Assert.Equal("/srv/factorhub/snapshots", SnapshotArtifactStore.RootOf(new SnapshotOptions { ArtifactDirectory = "/srv/factorhub/snapshots" }, Environment));
    }

    [Fact]
    public async Task UnsetTheServiceWritesToDotDataSnapshotsInItsCheckout()
    {
        // An empty value stands for "unset" (the test factory would otherwise pick a temporary folder); the host runs
        // from a throw-away checkout, so the default lands there and not in this repository.
        await using (var host = new ContentRootFactory(Database, Environment.ContentRootPath,
                         new Dictionary<string, string?> { ["Snapshots:ArtifactDirectory"] = "" }))
        {
            Assert.Equal(Path.Combine(_checkout, ".data", "snapshots"), host.Services.GetRequiredService<SnapshotArtifactStore>().Root);
            await host.Services.GetRequiredService<SnapshotPublication>().PublishAsync("2026.01", "curator", CancellationToken.None);
        }

        Assert.True(File.Exists(Path.Combine(_checkout, ".data", "snapshots", "2026.01", "public", "manifest.json")));
        Assert.True(File.Exists(Path.Combine(_checkout, ".data", "snapshots", "local-signing-key.pem")));
        Assert.False(Directory.Exists(Path.Combine(_checkout, "src", "FactorHub", "data")));
    }

    [Fact]
    public void ThisRepositoryIgnoresItsDotDataFolder()
    {
        var repository = FactorHub.Database.LocalClusterLocation.FindCheckout(AppContext.BaseDirectory);
        Assert.True(File.Exists(Path.Combine(repository, "FactorHub.sln")), repository);
        Assert.Contains("/.data/", File.ReadAllLines(Path.Combine(repository, ".gitignore")));
    }

    [Fact]
    public async Task TheConfiguredDirectoryGetsThePublishedFilesAndTheLocalSigningKey()
    {
        var configured = Path.Combine(_checkout, "configured");
        await using (var host = new FactorHubWebApplicationFactory(Database, new Dictionary<string, string?> { ["Snapshots:ArtifactDirectory"] = configured }))
        {
            await host.Services.GetRequiredService<SnapshotPublication>().PublishAsync("2026.01", "curator", CancellationToken.None);
        }

        Assert.True(File.Exists(Path.Combine(configured, "2026.01", "public", "manifest.json")));
        Assert.True(File.Exists(Path.Combine(configured, "local-signing-key.pem")));
        Assert.False(Directory.Exists(Path.Combine(_checkout, ".data")));
    }

    [Fact]
    public async Task TheTestFactoryKeepsArtifactsInATemporaryFolderItDeletes()
    {
        string root;
        await using (var host = new FactorHubWebApplicationFactory(Database))
        {
            root = host.Services.GetRequiredService<SnapshotArtifactStore>().Root;
            Assert.StartsWith(Path.GetTempPath(), root, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(root, "local-signing-key.pem")));
        }

        Assert.False(Directory.Exists(root));
    }

    private sealed class ContentRootFactory(TestDatabase database, string contentRoot, IReadOnlyDictionary<string, string?> settings)
        : FactorHubWebApplicationFactory(database, settings)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseContentRoot(contentRoot);
        }
    }
}
