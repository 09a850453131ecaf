using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace FactorHub.Snapshots.Downloads;

/// <summary>
/// The ECDSA P-256 key that signs snapshot manifests: IEEE P1363 (r‖s, 64 bytes) over SHA-256 of the manifest's exact
/// bytes. Read from <c>Snapshots:SigningKeyPath</c> (PEM, PKCS#8 or SEC1). Without a path, Development and Testing (and a
/// private local cluster) use a key generated once into the artifact directory, with a warning; elsewhere that is an error.
/// </summary>
public sealed class SnapshotSigningKey : IDisposable
{
    public const string Algorithm = "ECDSA-P256-SHA256-P1363";

    private readonly ECDsa _key;

    public SnapshotSigningKey(IOptions<SnapshotOptions> options, IHostEnvironment environment, ILogger<SnapshotSigningKey> logger,
        FactorHub.Database.FactorHubDatabase? database = null)
    {
        _key = ECDsa.Create();
        var path = options.Value.SigningKeyPath;
        if (!string.IsNullOrWhiteSpace(path))
        {
            _key.ImportFromPem(File.ReadAllText(Path.GetFullPath(path, environment.ContentRootPath)));
            if (_key.KeySize != 256)
            {
                throw new InvalidOperationException($"Snapshots:SigningKeyPath: the key in {path} is not a P-256 key.");
            }
        }
        else if (environment.IsDevelopment() || environment.IsEnvironment("Testing") || database?.LocalCluster is not null)
        {
            var local = Path.Combine(SnapshotArtifactStore.RootOf(options.Value, environment), "local-signing-key.pem");
            if (File.Exists(local))
            {
                _key.ImportFromPem(File.ReadAllText(local));
            }
            else
            {
                _key.GenerateKey(ECCurve.NamedCurves.nistP256);
                Directory.CreateDirectory(Path.GetDirectoryName(local)!);
                File.WriteAllText(local, _key.ExportPkcs8PrivateKeyPem());
            }
            logger.LogWarning(
                "Snapshots:SigningKeyPath is not set: manifests are signed with a locally generated key ({Path}). Engines cannot " +
                "trust it beyond this machine; configure a managed key before publishing for others", local);
        }
        else
        {
            throw new InvalidOperationException(
                "Snapshots:SigningKeyPath is not set: outside Development and the private local cluster a PEM file with an ECDSA P-256 private key is required to sign snapshot manifests.");
        }
        PublicKeyPem = _key.ExportSubjectPublicKeyInfoPem() + "\n";
        KeyId = Convert.ToHexStringLower(SHA256.HashData(_key.ExportSubjectPublicKeyInfo()));
    }

    /// <summary>The public key (SubjectPublicKeyInfo PEM), served at <c>/snapshots/signing-key.pem</c>.</summary>
    public string PublicKeyPem { get; }

    /// <summary>SHA-256 (hex) of the public key's DER SubjectPublicKeyInfo; named in every manifest.</summary>
    public string KeyId { get; }

    public byte[] Sign(ReadOnlySpan<byte> manifest) =>
        _key.SignData(manifest, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    /// <summary>How an engine verifies: the public key PEM, the manifest's exact bytes and the 64-byte signature.</summary>
    public static bool Verify(string publicKeyPem, ReadOnlySpan<byte> manifest, ReadOnlySpan<byte> signature)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(publicKeyPem);
        return key.VerifyData(manifest, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    public void Dispose() => _key.Dispose();
}
