using Xunit.Abstractions;

namespace FactorHub.GraphQL.Tests.Conformance;

/// <summary>
/// The corpus itself, checked against graphql-js without a server: names match graphql-js's verdicts,
/// each invalid document is rejected by the rule of the spec section it is filed under, and every
/// §5 rule has several cases.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Corpus_matches_graphql_js_verdicts_and_covers_every_validation_rule()
    {
        var result = await NodeHarness.RunAsync(Path.Combine(NodeHarness.ConformanceDirectory, "scripts", "check-corpus.mjs"));
        output.WriteLine(result.StandardOutput);

        result.AssertSucceeded();
        Assert.StartsWith("corpus OK:", result.LastLine);
    }

    [Fact]
    public void Corpus_has_at_least_200_documents()
    {
        var count = Directory.GetFiles(Path.Combine(NodeHarness.ConformanceDirectory, "corpus"), "*.graphql").Length;

        Assert.True(count >= 200, $"corpus has {count} documents; the engine issue asks for at least 200");
    }
}
