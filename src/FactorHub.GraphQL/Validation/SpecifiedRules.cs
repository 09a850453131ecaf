using FactorHub.GraphQL.Validation.Rules;

namespace FactorHub.GraphQL.Validation;

/// <summary>
/// The validation rules of the spec's §5 (September 2025 edition), in the spec's order. This is
/// what <see cref="Validator.Validate"/> runs by default.
/// </summary>
/// <remarks>
/// Compared with graphql-js 16's <c>specifiedRules</c>: adds Operation Type Existence (§5.2.1.1,
/// not in graphql-js 16), leaves out graphql-js's non-spec MaxIntrospectionDepthRule, and splits
/// graphql-js rules covering several spec sections (KnownDirectives, ValuesOfCorrectType) into
/// one rule per section. Messages are graphql-js 16's.
/// </remarks>
public static class SpecifiedRules
{
    public static IReadOnlyList<ValidationRuleFactory> All { get; } =
    [
        // §5.1 Documents
        context => new ExecutableDefinitionsRule(context),

        // §5.2 Operations
        context => new OperationTypeExistenceRule(context),
        context => new UniqueOperationNamesRule(context),
        context => new LoneAnonymousOperationRule(context),
        context => new SingleFieldSubscriptionsRule(context),

        // §5.3 Fields
        context => new FieldsOnCorrectTypeRule(context),
        context => new OverlappingFieldsCanBeMergedRule(context),
        context => new ScalarLeafsRule(context),

        // §5.4 Arguments
        context => new KnownArgumentNamesRule(context),
        context => new UniqueArgumentNamesRule(context),
        context => new ProvidedRequiredArgumentsRule(context),

        // §5.5 Fragments
        context => new UniqueFragmentNamesRule(context),
        context => new KnownTypeNamesRule(context),
        context => new FragmentsOnCompositeTypesRule(context),
        context => new NoUnusedFragmentsRule(context),
        context => new KnownFragmentNamesRule(context),
        context => new NoFragmentCyclesRule(context),
        context => new PossibleFragmentSpreadsRule(context),

        // §5.6 Values
        context => new ValuesOfCorrectTypeRule(context),
        context => new InputObjectFieldNamesRule(context),
        context => new UniqueInputFieldNamesRule(context),
        context => new InputObjectRequiredFieldsRule(context),

        // §5.7 Directives
        context => new KnownDirectivesRule(context),
        context => new DirectivesInValidLocationsRule(context),
        context => new UniqueDirectivesPerLocationRule(context),

        // §5.8 Variables
        context => new UniqueVariableNamesRule(context),
        context => new VariablesAreInputTypesRule(context),
        context => new NoUndefinedVariablesRule(context),
        context => new NoUnusedVariablesRule(context),
        context => new VariablesInAllowedPositionRule(context),
    ];
}
