using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text.Json;

namespace FactorHub.Database;

/// <summary>
/// Passwords of a local cluster's three login roles, generated once per cluster and kept in a file
/// readable only by the user running FactorHub (mode 0600). They are never logged.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed record ClusterCredentials(string SuperuserPassword, string OwnerPassword, string ApplicationPassword)
{
    public const string FileName = "factorhub-credentials.json";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static ClusterCredentials Generate() => new(NewPassword(), NewPassword(), NewPassword());

    /// <summary>Writes the file with mode 0600 from its creation on, so no other user can ever read it.</summary>
    public void Write(string path)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        };
        using var stream = new FileStream(path, options);
        JsonSerializer.Serialize(stream, this, JsonOptions);
    }

    public static ClusterCredentials Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The local PostgreSQL cluster has no credentials file '{path}'. " +
                "Delete the cluster's data directory to let FactorHub create a new cluster.");
        }
        var mode = File.GetUnixFileMode(path);
        if ((mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite)) != 0)
        {
            // Someone widened the permissions: tighten them again rather than serve with readable secrets.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        using var stream = File.OpenRead(path);
        var credentials = JsonSerializer.Deserialize<ClusterCredentials>(stream, JsonOptions);
        if (credentials is null
            || string.IsNullOrEmpty(credentials.SuperuserPassword)
            || string.IsNullOrEmpty(credentials.OwnerPassword)
            || string.IsNullOrEmpty(credentials.ApplicationPassword))
        {
            throw new InvalidOperationException($"The credentials file '{path}' is incomplete.");
        }
        return credentials;
    }

    // 32 random bytes, base64url: 256 bits of entropy and no characters that need quoting in SQL or connection strings.
    private static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    // Keep passwords out of ToString(), which records print by default.
    public override string ToString() => nameof(ClusterCredentials);
}
