using System.Security.Cryptography;
using System.Text;

namespace FactorHub.Tests.Database;

/// <summary>A temporary migrations directory for one test.</summary>
internal sealed class MigrationsFolder : IDisposable
{
    public MigrationsFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"factorhub-migrations-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public MigrationsFolder Write(string fileName, string sql)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), sql);
        return this;
    }

    /// <summary>SHA-256 of the file's bytes, computed independently of the migrator.</summary>
    public string Sha256(string fileName) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(System.IO.Path.Combine(Path, fileName))));

    public static string Sha256Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
