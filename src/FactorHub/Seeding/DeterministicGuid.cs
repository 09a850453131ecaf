using System.Security.Cryptography;
using System.Text;

namespace FactorHub.Seeding;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5, SHA-1) so that every seeded row gets the same id on every
/// machine and every run: a second load finds the rows it would insert and changes nothing.
/// </summary>
public static class DeterministicGuid
{
    /// <summary>FactorHub's namespace UUID for seed data (itself the v5 UUID of "factorhub.seed" in the URL namespace).</summary>
    public static readonly Guid SeedNamespace = Create(new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8"), "factorhub.seed");

    public static Guid Create(string name) => Create(SeedNamespace, name);

    public static Guid Create(Guid namespaceId, string name)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        namespaceId.TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input.AsSpan(16));

        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        var uuid = hash[..16];
        uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50); // version 5
        uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80); // RFC variant
        return new Guid(uuid, bigEndian: true);
    }
}
