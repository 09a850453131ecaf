using FactorHub.Tests.Infrastructure;

namespace FactorHub.Tests.Seeding;

/// <summary>A temporary copy of seed-data/ that a test may edit; deleted on dispose.</summary>
internal sealed class SeedDirectoryCopy : IDisposable
{
    public SeedDirectoryCopy()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factorhub-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.EnumerateFiles(TestSeeding.SeedDirectory, "*.csv"))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    public string[] ReadLines(string file) => File.ReadAllLines(System.IO.Path.Combine(Path, file));

    /// <summary>Replaces the 1-based line <paramref name="line"/> of a file.</summary>
    public void ReplaceLine(string file, int line, Func<string, string> replace)
    {
        var lines = ReadLines(file);
        var replaced = replace(lines[line - 1]);
        Assert.NotEqual(lines[line - 1], replaced);
        lines[line - 1] = replaced;
        File.WriteAllLines(System.IO.Path.Combine(Path, file), lines);
    }

    /// <summary>The 1-based line of the row whose first cell is <paramref name="code"/>.</summary>
    public int LineOf(string file, string code) =>
        Array.FindIndex(ReadLines(file), l => l.StartsWith(code + ",", StringComparison.Ordinal)) + 1 is var line and > 0
            ? line
            : throw new InvalidOperationException($"{code} is not in {file}");

    public void Write(string file, string content) => File.WriteAllText(System.IO.Path.Combine(Path, file), content);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
