using FactorHub.GraphQL.Tests.Conformance;

namespace FactorHub.GraphQL.Tests.Utilities;

/// <summary>Paths of this folder's test data in the source tree (read in place, not copied to the output).</summary>
internal static class TestFiles
{
    public static string Directory { get; } =
        Path.Combine(NodeHarness.RepositoryRoot, "tests", "FactorHub.GraphQL.Tests", "Utilities");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, "TestData", name));

    public static string Script(string name) => Path.Combine(Directory, "scripts", name);
}
