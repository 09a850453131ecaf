using System.Text.Json;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Tests.Conformance;

namespace FactorHub.GraphQL.Tests.Language;

/// <summary>
/// Differential check against graphql-js 16.15 (run live through the conformance harness): every document of
/// the conformance corpora, the zoo schemas and the kitchen sinks must either print byte for byte like
/// graphql-js print(parse()), or fail with graphql-js's syntax error message and location.
/// </summary>
public class LanguageDifferentialTests
{
    [Fact]
    public async Task ParsesAndPrintsEveryCorpusDocumentLikeGraphQLJs()
    {
        var conformance = NodeHarness.ConformanceDirectory;
        var scratch = Directory.CreateTempSubdirectory("factorhub-language-");
        try
        {
            var kitchenSink = Path.Combine(scratch.FullName, "kitchen-sink.graphql");
            var schemaKitchenSink = Path.Combine(scratch.FullName, "schema-kitchen-sink.graphql");
            await File.WriteAllTextAsync(kitchenSink, KitchenSinkTests.KitchenSink);
            await File.WriteAllTextAsync(schemaKitchenSink, KitchenSinkTests.SchemaKitchenSink);
            var files = Directory.GetFiles(Path.Combine(conformance, "corpus"), "*.graphql")
                .Concat(Directory.GetFiles(Path.Combine(conformance, "corpus-query-only"), "*.graphql"))
                .Concat(Directory.GetFiles(conformance, "*.graphql"))
                .Append(kitchenSink)
                .Append(schemaKitchenSink)
                .Order(StringComparer.Ordinal)
                .ToArray();
            Assert.True(files.Length > 300, $"expected the conformance corpora, found {files.Length} files");

            var script = Path.Combine(NodeHarness.RepositoryRoot, "tests", "FactorHub.GraphQL.Tests", "Language", "scripts", "parse-print.mjs");
            var result = await NodeHarness.RunAsync(script, files);
            result.AssertSucceeded();

            var mismatches = new List<string>();
            var errorsCompared = 0;
            foreach (var line in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var reference = JsonDocument.Parse(line);
                var root = reference.RootElement;
                var file = root.GetProperty("file").GetString()!;
                var name = Path.GetFileName(file);
                var text = await File.ReadAllTextAsync(file);
                if (root.TryGetProperty("printed", out var printed))
                {
                    try
                    {
                        var ours = Printer.Print(Parser.Parse(new Source(text, name)));
                        if (ours != printed.GetString())
                        {
                            mismatches.Add($"{name}: printed differently:\n{ours}\n--- graphql-js ---\n{printed.GetString()}");
                        }
                    }
                    catch (GraphQLError error)
                    {
                        mismatches.Add($"{name}: graphql-js parses it, we fail: {error.Message}");
                    }
                    continue;
                }

                errorsCompared++;
                var expectedMessage = root.GetProperty("error").GetString();
                var location = root.GetProperty("locations")[0];
                var expectedLocation = new SourceLocation(location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32());
                try
                {
                    Parser.Parse(new Source(text, name));
                    mismatches.Add($"{name}: graphql-js fails with {expectedMessage}, we parse it");
                }
                catch (GraphQLSyntaxError error)
                {
                    if (error.Message != expectedMessage || error.Location != expectedLocation)
                    {
                        mismatches.Add($"{name}: expected {expectedMessage} at {expectedLocation}, got {error.Message} at {error.Location}");
                    }
                }
            }

            Assert.Equal(files.Length, result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.True(errorsCompared > 0, "the corpus should contain syntax errors");
            Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
