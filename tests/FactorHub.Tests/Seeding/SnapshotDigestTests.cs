using System.Security.Cryptography;
using System.Text;
using FactorHub.Snapshots;

namespace FactorHub.Tests.Seeding;

public sealed class SnapshotDigestTests
{
    [Theory]
    [InlineData("0.530600000000", "0.5306")]
    [InlineData("10.000", "10")]
    [InlineData("0", "0")]
    [InlineData("0.000000000001", "0.000000000001")]
    [InlineData("1234567890123456.123456789012", "1234567890123456.123456789012")]
    public void DecimalsHaveNoTrailingZerosAndNoExponent(string value, string expected)
    {
        Assert.Equal(expected, SnapshotDigest.Encode(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void TextEscapesTheSeparatorsAndNullIsDistinctFromEmpty()
    {
        Assert.Equal(@"a\|b\;c\\d\ne", SnapshotDigest.Encode("a|b;c\\d\ne"));
        Assert.Equal(@"\N", SnapshotDigest.Encode(null));
        Assert.Equal("", SnapshotDigest.Encode(""));
        Assert.Equal(@"GB/T 24067\;2024;ISO 14067", SnapshotDigest.Encode(new[] { "GB/T 24067;2024", "ISO 14067" }));
        Assert.Equal("2023-01-31", SnapshotDigest.Encode(new DateOnly(2023, 1, 31)));
    }

    [Fact]
    public void DigestIsLowercaseSha256OfTheUtf8Text()
    {
        // Computed independently: printf 'factorhub-snapshot-digest/1\n' | sha256sum
        Assert.Equal("1150e75c3a7bee867dc881efe5ed7e525963f3b768533d8bfdd7f62016414c24", SnapshotDigest.Hash("factorhub-snapshot-digest/1\n"));
    }

    [Theory]
    [InlineData(15)] // the 16-character first chunk ends between the two halves of 𝑥
    [InlineData(16)] // … or just before it
    [InlineData(255)]
    public void ACharacterOutsideTheBmpSplitBetweenTwoChunksIsHashedAsOneCharacter(int prefix)
    {
        var text = new StringBuilder(16).Append('a', prefix).Append("𝑥 CO₂ 𝔸").Append(string.Concat(Enumerable.Repeat("a𝑥", 200))).Append('\n');
        Assert.True(CountChunks(text) > 1);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[8];

        SnapshotDigest.AppendUtf8(hash, text, Encoding.UTF8.GetEncoder(), ref buffer);

        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), hash.GetHashAndReset());
    }

    private static int CountChunks(StringBuilder text)
    {
        var chunks = 0;
        foreach (var _ in text.GetChunks())
        {
            chunks++;
        }
        return chunks;
    }
}
