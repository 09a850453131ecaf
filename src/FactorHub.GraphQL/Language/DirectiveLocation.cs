namespace FactorHub.GraphQL.Language;

/// <summary>The places a directive may be used (§3.13 Directives: ExecutableDirectiveLocation, TypeSystemDirectiveLocation).</summary>
public enum DirectiveLocation
{
    /// <summary>QUERY</summary>
    Query,
    /// <summary>MUTATION</summary>
    Mutation,
    /// <summary>SUBSCRIPTION</summary>
    Subscription,
    /// <summary>FIELD</summary>
    Field,
    /// <summary>FRAGMENT_DEFINITION</summary>
    FragmentDefinition,
    /// <summary>FRAGMENT_SPREAD</summary>
    FragmentSpread,
    /// <summary>INLINE_FRAGMENT</summary>
    InlineFragment,
    /// <summary>VARIABLE_DEFINITION</summary>
    VariableDefinition,
    /// <summary>SCHEMA</summary>
    Schema,
    /// <summary>SCALAR</summary>
    Scalar,
    /// <summary>OBJECT</summary>
    Object,
    /// <summary>FIELD_DEFINITION</summary>
    FieldDefinition,
    /// <summary>ARGUMENT_DEFINITION</summary>
    ArgumentDefinition,
    /// <summary>INTERFACE</summary>
    Interface,
    /// <summary>UNION</summary>
    Union,
    /// <summary>ENUM</summary>
    Enum,
    /// <summary>ENUM_VALUE</summary>
    EnumValue,
    /// <summary>INPUT_OBJECT</summary>
    InputObject,
    /// <summary>INPUT_FIELD_DEFINITION</summary>
    InputFieldDefinition,
    /// <summary>DIRECTIVE_DEFINITION (graphql-js 16.15 directive deprecation: @deprecated on directive definitions)</summary>
    DirectiveDefinition,
}

/// <summary>Conversions between <see cref="DirectiveLocation"/> and the spec's names (e.g. "FIELD_DEFINITION").</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
        "DIRECTIVE_DEFINITION",
    ];

    /// <summary>The spec name, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Parses a spec name such as <c>FIELD_DEFINITION</c>; case-sensitive like the grammar.</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (Names[i] == name)
            {
                location = (DirectiveLocation)i;
                return true;
            }
        }
        location = default;
        return false;
    }

    /// <summary>All locations with executable documents' ones first, in spec order.</summary>
    public static IReadOnlyList<string> All => Names;
}
