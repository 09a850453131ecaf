using FactorHub.GraphQL.Language;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// The directives every schema has (§3.13.1-§3.13.5): @include, @skip, @deprecated, @specifiedBy, @oneOf,
/// with graphql-js's descriptions so introspection and printed SDL match graphql-js.
/// </summary>
public static class SpecifiedDirectives
{
    /// <summary>Default reason of @deprecated (§3.13.3).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>§3.13.2 @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT.</summary>
    public static readonly GraphQLDirective Include = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        "Directs the executor to include this field or fragment only when the `if` argument is true.",
        args: [new GraphQLArgument("if", new GraphQLNonNull(Scalars.Boolean), "Included when true.")]);

    /// <summary>§3.13.1 @skip(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT.</summary>
    public static readonly GraphQLDirective Skip = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        "Directs the executor to skip this field or fragment when the `if` argument is true.",
        args: [new GraphQLArgument("if", new GraphQLNonNull(Scalars.Boolean), "Skipped when true.")]);

    /// <summary>§3.13.3 @deprecated(reason: String = "No longer supported") on fields, arguments, input fields, enum values and (graphql-js 16.15) directive definitions.</summary>
    public static readonly GraphQLDirective Deprecated = new(
        "deprecated",
        [
            DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition,
            DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition,
        ],
        "Marks an element of a GraphQL schema as no longer supported.",
        args:
        [
            new GraphQLArgument(
                "reason",
                Scalars.String,
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
            {
                DefaultValue = DefaultDeprecationReason,
            },
        ]);

    /// <summary>§3.13.4 @specifiedBy(url: String!) on SCALAR.</summary>
    public static readonly GraphQLDirective SpecifiedBy = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        "Exposes a URL that specifies the behavior of this scalar.",
        args: [new GraphQLArgument("url", new GraphQLNonNull(Scalars.String), "The URL that specifies the behavior of this scalar.")]);

    /// <summary>§3.13.5 @oneOf on INPUT_OBJECT.</summary>
    public static readonly GraphQLDirective OneOf = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>All specified directives, in graphql-js order.</summary>
    public static IReadOnlyList<GraphQLDirective> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <summary>True when a directive has the name of a specified directive (graphql-js compares names).</summary>
    public static bool IsSpecified(GraphQLDirective directive) => All.Any(d => d.Name == directive.Name);
}
