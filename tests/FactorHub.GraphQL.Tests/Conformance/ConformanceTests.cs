using Xunit.Abstractions;

namespace FactorHub.GraphQL.Tests.Conformance;

/// <summary>
/// The engine over HTTP against the reference implementations: graphql-http's audit, graphql-js's
/// introspection client, graphql-js's validation verdicts and graphql-js's execution results.
/// The host is a real Kestrel server on 127.0.0.1 (see <see cref="ConformanceHost"/>); the checks are
/// the shared harness's scripts and this folder's scripts, run with Node.js.
/// </summary>
public class ConformanceTests(ConformanceHost host, ITestOutputHelper output) : IClassFixture<ConformanceHost>
{
    private string Script(string name) => Path.Combine(NodeHarness.ConformanceDirectory, "scripts", name);

    private string ConformanceFile(string name) => Path.Combine(NodeHarness.ConformanceDirectory, name);

    private async Task<NodeResult> RunAsync(string script, params string[] arguments)
    {
        var result = await NodeHarness.RunAsync(script, arguments);
        output.WriteLine(result.StandardOutput);
        output.WriteLine(result.StandardError);
        return result;
    }

    [Fact]
    public async Task Http_audit_passes_every_MUST_and_SHOULD()
    {
        var result = await RunAsync("audit.mjs", host.ZooUrl, "--require-should");

        result.AssertSucceeded();
        Assert.Matches(@"^MUST (\d+)/\1 passed, SHOULD (\d+)/\2 passed$", result.LastLine);
    }

    [Fact]
    public async Task Introspection_is_a_valid_schema_for_graphql_js()
    {
        var result = await RunAsync("introspect.mjs", host.ZooUrl);

        result.AssertSucceeded();
        Assert.Contains("introspection OK", result.StandardError);
        Assert.DoesNotContain("warning:", result.StandardError);
    }

    [Fact]
    public async Task Introspection_round_trips_the_SDL()
    {
        var introspected = await RunAsync("introspect.mjs", host.ZooUrl);
        introspected.AssertSucceeded();
        var file = Path.Combine(Path.GetTempPath(), $"factorhub-introspected-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(file, introspected.StandardOutput);
        try
        {
            var served = await RunAsync(Script("print-schema.mjs"), "--sorted", file);
            var declared = await RunAsync(Script("print-schema.mjs"), "--sorted", ConformanceFile("schema.graphql"));
            served.AssertSucceeded();
            declared.AssertSucceeded();

            Assert.Equal(declared.StandardOutput, served.StandardOutput);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Validation_agrees_with_graphql_js_on_every_corpus_document()
    {
        var result = await RunAsync("differential.mjs", host.ZooUrl, ConformanceFile("schema.graphql"), ConformanceFile("corpus"));

        result.AssertSucceeded();
        Assert.Matches(@"^agree (\d+)/\1$", result.LastLine);
        Assert.DoesNotContain("WARN", result.StandardOutput);
    }

    [Fact]
    public async Task Validation_agrees_with_graphql_js_on_a_schema_without_mutation_and_subscription_roots()
    {
        var result = await RunAsync("differential.mjs", host.QueryOnlyUrl,
            ConformanceFile("schema-query-only.graphql"), ConformanceFile("corpus-query-only"));

        result.AssertSucceeded();
        Assert.Matches(@"^agree (\d+)/\1$", result.LastLine);
        Assert.DoesNotContain("WARN", result.StandardOutput);
    }

    [Fact]
    public async Task Execution_data_equals_graphql_js_on_every_valid_corpus_document()
    {
        var result = await RunAsync(Script("compare-execution.mjs"), host.ZooUrl);

        result.AssertSucceeded();
        Assert.Matches(@"^match (\d+)/\1 \(\d+ invalid documents skipped\)$", result.LastLine);
    }
}
