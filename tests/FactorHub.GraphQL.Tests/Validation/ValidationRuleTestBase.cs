using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Validation;

namespace FactorHub.GraphQL.Tests.Validation;

/// <summary>
/// graphql-js-style harness: validates a document with one rule against <see cref="TestSchema"/>
/// and compares every error's exact message and 1-based line/column locations.
/// </summary>
public abstract class ValidationRuleTestBase
{
    private readonly ValidationRuleFactory _rule;

    protected ValidationRuleTestBase(ValidationRuleFactory rule)
    {
        _rule = rule;
    }

    protected static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    protected void ExpectValid(string document) => ExpectErrors(document);

    protected void ExpectErrors(string document, params ExpectedError[] expected) =>
        ExpectErrorsWith(TestSchema.Schema, document, null, expected);

    protected void ExpectErrorsWith(GraphQLSchema schema, string document, ValidationOptions? options, params ExpectedError[] expected)
    {
        var errors = Validator.Validate(schema, Parser.Parse(document), [_rule], options);
        Assert.Equal(Describe(expected), Describe(errors));
    }

    internal static List<string> Describe(IEnumerable<ExpectedError> errors) =>
        errors.Select(e => Describe(e.Message, e.Locations.Select(l => new SourceLocation(l.Line, l.Column)))).ToList();

    internal static List<string> Describe(IEnumerable<GraphQLError> errors) =>
        errors.Select(e => Describe(e.Message, e.Locations ?? [])).ToList();

    private static string Describe(string message, IEnumerable<SourceLocation> locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));

    /// <summary>An expected validation error: message and locations.</summary>
    public sealed record ExpectedError(string Message, (int Line, int Column)[] Locations);
}
