using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;
using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Validation;

/// <summary>
/// Implements the "Validation" section of the spec (§5): checks an executable document against
/// a schema and returns every error found, or an empty list when the document is valid.
/// </summary>
public static class Validator
{
    /// <summary>Message of the error that replaces the first error beyond <see cref="ValidationOptions.MaxErrors"/>.</summary>
    public const string TooManyErrorsMessage = "Too many validation errors, error limit reached. Validation aborted.";

    /// <summary>Message of the error added when a rule's work budget runs out.</summary>
    public const string AbortedMessage = "Validation aborted.";

    /// <summary>
    /// Runs the rules over the document in one walk (all rules in parallel, sharing one
    /// <see cref="TypeInfo"/>). Without <paramref name="rules"/> the spec's rules
    /// (<see cref="SpecifiedRules.All"/>) run, plus <see cref="MaxDepthRule"/> / <see cref="CostRule"/>
    /// when <paramref name="options"/> sets <c>MaxDepth</c> / <c>MaxCost</c>.
    /// </summary>
    /// <remarks>
    /// Stops after <see cref="ValidationOptions.MaxErrors"/> errors: the next error is replaced by
    /// <see cref="TooManyErrorsMessage"/>. The schema is assumed to be valid (it is validated
    /// when it is built).
    /// </remarks>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<ValidationRuleFactory>? rules = null,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        rules ??= SpecifiedRules.All;

        var errors = new List<GraphQLError>();
        var maxErrors = options.MaxErrors;
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, options, error =>
        {
            if (errors.Count >= maxErrors)
            {
                errors.Add(new GraphQLError(TooManyErrorsMessage));
                throw new ValidationAbortedException();
            }

            errors.Add(error);
        }, () =>
        {
            errors.Add(new GraphQLError(AbortedMessage));
            throw new ValidationAbortedException();
        });

        var extraRules = (options.MaxDepth is null ? 0 : 1) + (options.MaxCost is null ? 0 : 1);
        var instances = new ValidationRule[rules.Count + extraRules];
        for (var i = 0; i < rules.Count; i++)
        {
            instances[i] = rules[i](context);
        }

        var next = rules.Count;
        if (options.MaxDepth is { } maxDepth)
        {
            instances[next++] = new MaxDepthRule(context, maxDepth);
        }

        if (options.MaxCost is { } maxCost)
        {
            instances[next] = new CostRule(context, maxCost);
        }

        try
        {
            new ValidationWalker(typeInfo, instances).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The error limit or a work budget was reached; the list already ends with the reason.
        }

        return errors;
    }

    /// <summary>Unwinds the walk once the error limit is reached (graphql-js throws an abort object).</summary>
    private sealed class ValidationAbortedException : Exception
    {
    }
}
