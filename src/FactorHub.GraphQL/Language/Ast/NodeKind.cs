namespace FactorHub.GraphQL.Language.Ast;

/// <summary>The kind of every AST node (graphql-js Kind), one per grammar production of §2 Language and §3 Type System.</summary>
public enum NodeKind
{
    /// <summary>§2.1.9 Names</summary>
    Name,

    /// <summary>§2.2 Document</summary>
    Document,
    /// <summary>§2.3 Operations</summary>
    OperationDefinition,
    /// <summary>§2.10 Variables</summary>
    VariableDefinition,
    /// <summary>§2.4 Selection Sets</summary>
    SelectionSet,
    /// <summary>§2.5 Fields</summary>
    Field,
    /// <summary>§2.6 Arguments</summary>
    Argument,
    /// <summary>§2.8 Fragments</summary>
    FragmentSpread,
    /// <summary>§2.8.2 Inline Fragments</summary>
    InlineFragment,
    /// <summary>§2.8 Fragments</summary>
    FragmentDefinition,

    /// <summary>§2.10 Variables</summary>
    Variable,
    /// <summary>§2.9.1 Int Value</summary>
    IntValue,
    /// <summary>§2.9.2 Float Value</summary>
    FloatValue,
    /// <summary>§2.9.4 String Value</summary>
    StringValue,
    /// <summary>§2.9.3 Boolean Value</summary>
    BooleanValue,
    /// <summary>§2.9.5 Null Value</summary>
    NullValue,
    /// <summary>§2.9.6 Enum Value</summary>
    EnumValue,
    /// <summary>§2.9.7 List Value</summary>
    ListValue,
    /// <summary>§2.9.8 Input Object Values</summary>
    ObjectValue,
    /// <summary>§2.9.8 Input Object Values (one field)</summary>
    ObjectField,

    /// <summary>§2.12 Directives</summary>
    Directive,

    /// <summary>§2.11 Type References</summary>
    NamedType,
    /// <summary>§2.11 Type References</summary>
    ListType,
    /// <summary>§2.11 Type References</summary>
    NonNullType,

    /// <summary>§3.3 Schema</summary>
    SchemaDefinition,
    /// <summary>§3.3.1 Root Operation Types</summary>
    OperationTypeDefinition,

    /// <summary>§3.5 Scalars</summary>
    ScalarTypeDefinition,
    /// <summary>§3.6 Objects</summary>
    ObjectTypeDefinition,
    /// <summary>§3.6 Objects (FieldDefinition)</summary>
    FieldDefinition,
    /// <summary>§3.6.1 Field Arguments, §3.10 Input Objects (InputValueDefinition)</summary>
    InputValueDefinition,
    /// <summary>§3.7 Interfaces</summary>
    InterfaceTypeDefinition,
    /// <summary>§3.8 Unions</summary>
    UnionTypeDefinition,
    /// <summary>§3.9 Enums</summary>
    EnumTypeDefinition,
    /// <summary>§3.9 Enums (EnumValueDefinition)</summary>
    EnumValueDefinition,
    /// <summary>§3.10 Input Objects</summary>
    InputObjectTypeDefinition,

    /// <summary>§3.13 Directives</summary>
    DirectiveDefinition,

    /// <summary>§3.3.2 Schema Extension</summary>
    SchemaExtension,
    /// <summary>§3.5.1 Scalar Extensions</summary>
    ScalarTypeExtension,
    /// <summary>§3.6.3 Object Extensions</summary>
    ObjectTypeExtension,
    /// <summary>§3.7.1 Interface Extensions</summary>
    InterfaceTypeExtension,
    /// <summary>§3.8.1 Union Extensions</summary>
    UnionTypeExtension,
    /// <summary>§3.9.1 Enum Extensions</summary>
    EnumTypeExtension,
    /// <summary>§3.10.1 Input Object Extensions</summary>
    InputObjectTypeExtension,

    /// <summary>Schema Coordinates: <c>Type</c></summary>
    TypeCoordinate,
    /// <summary>Schema Coordinates: <c>Type.member</c></summary>
    MemberCoordinate,
    /// <summary>Schema Coordinates: <c>Type.field(arg:)</c></summary>
    ArgumentCoordinate,
    /// <summary>Schema Coordinates: <c>@directive</c></summary>
    DirectiveCoordinate,
    /// <summary>Schema Coordinates: <c>@directive(arg:)</c></summary>
    DirectiveArgumentCoordinate,
}
