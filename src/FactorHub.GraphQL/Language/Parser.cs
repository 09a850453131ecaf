using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for GraphQL documents (§2 Language, §3 Type System), mirroring graphql-js parser.ts:
/// one method per grammar production, identical error messages, and optional token/depth limits.
/// </summary>
public sealed class Parser
{
    private readonly Lexer _lexer;
    private readonly bool _noLocation;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private int _tokenCounter;
    private int _depth;

    private Parser(Lexer lexer, ParserOptions? options)
    {
        options ??= ParserOptions.Default;
        _lexer = lexer;
        _noLocation = options.NoLocation;
        _maxTokens = options.MaxTokens ?? int.MaxValue;
        _maxDepth = options.MaxDepth ?? int.MaxValue;
    }

    /// <summary>Creates a parser over <paramref name="source"/>, positioned before the first token.</summary>
    public Parser(Source source, ParserOptions? options = null)
        : this(new Lexer(source), options)
    {
    }

    /// <summary>Parses a complete document (§2.2 Document). Throws <see cref="GraphQLSyntaxError"/> on bad input.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) => Parse(new Source(source), options);

    /// <summary>Parses a complete document (§2.2 Document). Throws <see cref="GraphQLSyntaxError"/> on bad input.</summary>
    public static DocumentNode Parse(Source source, ParserOptions? options = null) => new Parser(source, options).ParseDocument();

    /// <summary>Parses a single value literal, variables allowed (graphql-js parseValue).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) => ParseValue(new Source(source), options);

    /// <summary>Parses a single value literal, variables allowed (graphql-js parseValue).</summary>
    public static ValueNode ParseValue(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.Sof);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.Eof);
        return value;
    }

    /// <summary>Parses a single constant value literal, variables rejected (graphql-js parseConstValue).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) => ParseConstValue(new Source(source), options);

    /// <summary>Parses a single constant value literal, variables rejected (graphql-js parseConstValue).</summary>
    public static ValueNode ParseConstValue(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.Sof);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.Eof);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js parseType).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) => ParseType(new Source(source), options);

    /// <summary>Parses a type reference such as <c>[String!]!</c> (graphql-js parseType).</summary>
    public static TypeNode ParseType(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.Sof);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.Eof);
        return type;
    }

    /// <summary>Parses a schema coordinate such as <c>Query.factor(code:)</c> or <c>@deprecated(reason:)</c> (Schema Coordinates).</summary>
    public static SchemaCoordinateNode ParseSchemaCoordinate(string source, ParserOptions? options = null) =>
        ParseSchemaCoordinate(new Source(source), options);

    /// <summary>Parses a schema coordinate such as <c>Query.factor(code:)</c> or <c>@deprecated(reason:)</c> (Schema Coordinates).</summary>
    public static SchemaCoordinateNode ParseSchemaCoordinate(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(Lexer.ForSchemaCoordinate(source), options);
        parser.ExpectToken(TokenKind.Sof);
        var coordinate = parser.ParseSchemaCoordinate();
        parser.ExpectToken(TokenKind.Eof);
        return coordinate;
    }

    // ---------------------------------------------------------------- §2.2 Document

    /// <summary>§2.2 Document :: Definition+</summary>
    public DocumentNode ParseDocument()
    {
        var start = _lexer.Token;
        var definitions = Many(TokenKind.Sof, static p => p.ParseDefinition(), TokenKind.Eof);
        return new DocumentNode { Definitions = definitions, TokenCount = _tokenCounter, Loc = Loc(start) };
    }

    /// <summary>
    /// §2.2 Definition :: ExecutableDefinition | TypeSystemDefinitionOrExtension.
    /// A leading description needs one token of lookahead to find the keyword.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        var hasDescription = PeekDescription();
        var keywordToken = hasDescription ? _lexer.Lookahead() : _lexer.Token;

        if (keywordToken.Kind == TokenKind.BraceL)
        {
            if (hasDescription)
            {
                throw new GraphQLSyntaxError(_lexer.Source, _lexer.Token.Start,
                    "Unexpected description, descriptions are not supported on shorthand queries.");
            }
            return ParseOperationDefinition();
        }

        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw new GraphQLSyntaxError(_lexer.Source, _lexer.Token.Start,
                    "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keywordToken.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keywordToken);
    }

    // ---------------------------------------------------------------- §2.3 Operations

    /// <summary>
    /// §2.3 OperationDefinition :: Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode
            {
                Operation = OperationType.Query,
                SelectionSet = ParseSelectionSet(),
                Loc = Loc(start),
            };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        NameNode? name = null;
        if (Peek(TokenKind.Name))
        {
            name = ParseName();
        }
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = ParseVariableDefinitions(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Loc = Loc(start),
        };
    }

    /// <summary>§2.3 OperationType :: one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        var operationToken = ExpectToken(TokenKind.Name);
        return operationToken.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(operationToken),
        };
    }

    // ---------------------------------------------------------------- §2.10 Variables

    /// <summary>§2.10 VariablesDefinition :: ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseVariableDefinition(), TokenKind.ParenR);

    /// <summary>§2.10 VariableDefinition :: Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = ParseDirectives(isConst: true),
            Loc = Loc(start),
        };
    }

    /// <summary>§2.10 Variable :: $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Loc = Loc(start) };
    }

    // ---------------------------------------------------------------- §2.4 Selection Sets, §2.5 Fields, §2.6 Arguments

    /// <summary>§2.4 SelectionSet :: { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token;
        EnterNesting(start);
        var selections = Many(TokenKind.BraceL, static p => p.ParseSelection(), TokenKind.BraceR);
        _depth--;
        return new SelectionSetNode { Selections = selections, Loc = Loc(start) };
    }

    /// <summary>§2.4 Selection :: Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>§2.5 Field :: Alias? Name Arguments? Directives? SelectionSet?</summary>
    private FieldNode ParseField()
    {
        var start = _lexer.Token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }
        return new FieldNode
        {
            Alias = alias,
            Name = name,
            Arguments = ParseArguments(isConst: false),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null,
            Loc = Loc(start),
        };
    }

    /// <summary>§2.6 Arguments[Const] :: ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        isConst
            ? OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: true), TokenKind.ParenR)
            : OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: false), TokenKind.ParenR);

    /// <summary>§2.6 Argument[Const] :: Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Loc = Loc(start) };
    }

    // ---------------------------------------------------------------- §2.8 Fragments

    /// <summary>
    /// §2.8 FragmentSpread :: ... FragmentName Directives?
    /// §2.8.2 InlineFragment :: ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.Spread);

        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            return new FragmentSpreadNode
            {
                Name = ParseFragmentName(),
                Directives = ParseDirectives(isConst: false),
                Loc = Loc(start),
            };
        }
        return new InlineFragmentNode
        {
            TypeCondition = hasTypeCondition ? ParseNamedType() : null,
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Loc = Loc(start),
        };
    }

    /// <summary>§2.8 FragmentDefinition :: Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = ParseNamedType(),
            Directives = ParseDirectives(isConst: false),
            SelectionSet = ParseSelectionSet(),
            Loc = Loc(start),
        };
    }

    /// <summary>§2.8 FragmentName :: Name but not <c>on</c></summary>
    private NameNode ParseFragmentName()
    {
        // graphql-js tests the value only, so a String "on" is reported as unexpected too.
        if (_lexer.Token.Value == "on")
        {
            throw Unexpected();
        }
        return ParseName();
    }

    // ---------------------------------------------------------------- §2.9 Input Values

    /// <summary>
    /// §2.9 Value[Const] :: [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue
    /// | EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    public ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode { Value = token.Value!, Loc = Loc(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode { Value = token.Value!, Loc = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                switch (token.Value)
                {
                    case "true":
                        return new BooleanValueNode { Value = true, Loc = Loc(token) };
                    case "false":
                        return new BooleanValueNode { Value = false, Loc = Loc(token) };
                    case "null":
                        return new NullValueNode { Loc = Loc(token) };
                    default:
                        return new EnumValueNode { Value = token.Value!, Loc = Loc(token) };
                }
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (_lexer.Token.Kind == TokenKind.Name)
                    {
                        throw new GraphQLSyntaxError(_lexer.Source, token.Start,
                            "Unexpected variable \"$" + _lexer.Token.Value + "\" in constant value.");
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        AdvanceLexer();
        return new StringValueNode { Value = token.Value!, Block = token.Kind == TokenKind.BlockString, Loc = Loc(token) };
    }

    /// <summary>§2.9.7 ListValue[Const] :: [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting(start);
        var values = isConst
            ? Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: true), TokenKind.BracketR)
            : Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: false), TokenKind.BracketR);
        _depth--;
        return new ListValueNode { Values = values, Loc = Loc(start) };
    }

    /// <summary>§2.9.8 ObjectValue[Const] :: { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token;
        EnterNesting(start);
        var fields = isConst
            ? Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: true), TokenKind.BraceR)
            : Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: false), TokenKind.BraceR);
        _depth--;
        return new ObjectValueNode { Fields = fields, Loc = Loc(start) };
    }

    /// <summary>§2.9.8 ObjectField[Const] :: Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _lexer.Token;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Loc = Loc(start) };
    }

    // ---------------------------------------------------------------- §2.12 Directives

    /// <summary>§2.12 Directives[Const] :: Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }
        var directives = new List<DirectiveNode>(1);
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));
        return directives;
    }

    /// <summary>§2.12 Directive[Const] :: @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _lexer.Token;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        return new DirectiveNode { Name = name, Arguments = ParseArguments(isConst), Loc = Loc(start) };
    }

    // ---------------------------------------------------------------- §2.11 Type References

    /// <summary>§2.11 Type :: NamedType | ListType | NonNullType</summary>
    public TypeNode ParseTypeReference()
    {
        var start = _lexer.Token;
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            EnterNesting(start);
            var innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode { Type = innerType, Loc = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Loc = Loc(start) };
        }
        return type;
    }

    /// <summary>§2.11 NamedType :: Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token;
        return new NamedTypeNode { Name = ParseName(), Loc = Loc(start) };
    }

    /// <summary>§2.1.9 Name</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = token.Value!, Loc = Loc(token) };
    }

    // ---------------------------------------------------------------- §3 Type System

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>§3.2 Description :: StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>§3.3 SchemaDefinition :: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Loc = Loc(start),
        };
    }

    /// <summary>§3.3.1 RootOperationTypeDefinition :: OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Token;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Loc = Loc(start) };
    }

    /// <summary>§3.5 ScalarTypeDefinition :: Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Loc = Loc(start) };
    }

    /// <summary>§3.6 ObjectTypeDefinition :: Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Loc = Loc(start),
        };
    }

    /// <summary>§3.6 ImplementsInterfaces :: implements &amp;? NamedType | ImplementsInterfaces &amp; NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, static p => p.ParseNamedType()) : [];

    /// <summary>§3.6 FieldsDefinition :: { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);

    /// <summary>§3.6 FieldDefinition :: Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Loc = Loc(start),
        };
    }

    /// <summary>§3.6.1 ArgumentsDefinition :: ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefs() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseInputValueDef(), TokenKind.ParenR);

    /// <summary>§3.6.1 InputValueDefinition :: Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDef()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Loc = Loc(start),
        };
    }

    /// <summary>§3.7 InterfaceTypeDefinition :: Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Loc = Loc(start),
        };
    }

    /// <summary>§3.8 UnionTypeDefinition :: Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode { Description = description, Name = name, Directives = directives, Types = types, Loc = Loc(start) };
    }

    /// <summary>§3.8 UnionMemberTypes :: = |? NamedType | UnionMemberTypes | NamedType</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, static p => p.ParseNamedType()) : [];

    /// <summary>§3.9 EnumTypeDefinition :: Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode { Description = description, Name = name, Directives = directives, Values = values, Loc = Loc(start) };
    }

    /// <summary>§3.9 EnumValuesDefinition :: { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);

    /// <summary>§3.9 EnumValueDefinition :: Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Loc = Loc(start) };
    }

    /// <summary>§2.9.6 EnumValue :: Name but not true, false or null</summary>
    private NameNode ParseEnumValueName()
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value is "true" or "false" or "null")
        {
            throw new GraphQLSyntaxError(_lexer.Source, token.Start,
                token.Describe() + " is reserved and cannot be used for an enum value.");
        }
        return ParseName();
    }

    /// <summary>§3.10 InputObjectTypeDefinition :: Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode { Description = description, Name = name, Directives = directives, Fields = fields, Loc = Loc(start) };
    }

    /// <summary>§3.10 InputFieldsDefinition :: { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseInputValueDef(), TokenKind.BraceR);

    /// <summary>§3.1 TypeSystemExtension :: SchemaExtension | TypeExtension</summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keywordToken = _lexer.Lookahead();
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectTypeExtension();
                case "interface":
                    return ParseInterfaceTypeExtension();
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(keywordToken);
    }

    /// <summary>§3.3.2 SchemaExtension :: extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]</summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Loc = Loc(start) };
    }

    /// <summary>§3.5.1 ScalarTypeExtension :: extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Loc = Loc(start) };
    }

    /// <summary>§3.6.3 ObjectTypeExtension :: extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)</summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }
        return new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Loc = Loc(start) };
    }

    /// <summary>§3.7.1 InterfaceTypeExtension :: extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)</summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }
        return new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Loc = Loc(start) };
    }

    /// <summary>§3.8.1 UnionTypeExtension :: extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Loc = Loc(start) };
    }

    /// <summary>§3.9.1 EnumTypeExtension :: extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Loc = Loc(start) };
    }

    /// <summary>§3.10.1 InputObjectTypeExtension :: extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.Token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Loc = Loc(start) };
    }

    /// <summary>§3.13 DirectiveDefinition :: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Loc = Loc(start),
        };
    }

    /// <summary>§3.13 DirectiveLocations :: |? DirectiveLocation | DirectiveLocations | DirectiveLocation</summary>
    private IReadOnlyList<NameNode> ParseDirectiveLocations() =>
        DelimitedMany(TokenKind.Pipe, static p => p.ParseDirectiveLocation());

    /// <summary>§3.13 DirectiveLocation :: ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = _lexer.Token;
        var name = ParseName();
        if (DirectiveLocationNames.TryParse(name.Value, out _))
        {
            return name;
        }
        throw Unexpected(start);
    }

    // ---------------------------------------------------------------- Schema Coordinates

    /// <summary>
    /// Schema Coordinates: TypeCoordinate :: Name; MemberCoordinate :: Name . Name;
    /// ArgumentCoordinate :: Name . Name ( Name : ); DirectiveCoordinate :: @ Name;
    /// DirectiveArgumentCoordinate :: @ Name ( Name : )
    /// </summary>
    private SchemaCoordinateNode ParseSchemaCoordinate()
    {
        var start = _lexer.Token;
        var ofDirective = ExpectOptionalToken(TokenKind.At);
        var name = ParseName();
        NameNode? memberName = null;
        if (!ofDirective && ExpectOptionalToken(TokenKind.Dot))
        {
            memberName = ParseName();
        }
        NameNode? argumentName = null;
        if ((ofDirective || memberName is not null) && ExpectOptionalToken(TokenKind.ParenL))
        {
            argumentName = ParseName();
            ExpectToken(TokenKind.Colon);
            ExpectToken(TokenKind.ParenR);
        }

        if (ofDirective)
        {
            return argumentName is null
                ? new DirectiveCoordinateNode { Name = name, Loc = Loc(start) }
                : new DirectiveArgumentCoordinateNode { Name = name, ArgumentName = argumentName, Loc = Loc(start) };
        }
        if (memberName is not null)
        {
            return argumentName is null
                ? new MemberCoordinateNode { Name = name, MemberName = memberName, Loc = Loc(start) }
                : new ArgumentCoordinateNode { Name = name, FieldName = memberName, ArgumentName = argumentName, Loc = Loc(start) };
        }
        return new TypeCoordinateNode { Name = name, Loc = Loc(start) };
    }

    // ---------------------------------------------------------------- Core parsing utilities

    /// <summary>The location from <paramref name="startToken"/> to the last consumed token, unless NoLocation.</summary>
    private Location? Loc(Token startToken) =>
        _noLocation ? null : new Location(startToken, _lexer.LastToken, _lexer.Source);

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    /// <summary>Consumes a token of the given kind or fails with <c>Expected X, found Y.</c></summary>
    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }
        throw new GraphQLSyntaxError(_lexer.Source, token.Start, "Expected " + kind.Describe() + ", found " + token.Describe() + ".");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind == kind)
        {
            AdvanceLexer();
            return true;
        }
        return false;
    }

    /// <summary>Consumes the keyword (a Name token with that value) or fails with <c>Expected "kw", found Y.</c></summary>
    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return;
        }
        throw new GraphQLSyntaxError(_lexer.Source, token.Start, "Expected \"" + value + "\", found " + token.Describe() + ".");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return true;
        }
        return false;
    }

    /// <summary>An <c>Unexpected X.</c> error at <paramref name="atToken"/> (default: the current token).</summary>
    private GraphQLSyntaxError Unexpected(Token? atToken = null)
    {
        var token = atToken ?? _lexer.Token;
        return new GraphQLSyntaxError(_lexer.Source, token.Start, "Unexpected " + token.Describe() + ".");
    }

    /// <summary>Zero or more items between open and close tokens.</summary>
    private IReadOnlyList<T> Any<T>(TokenKind openKind, Func<Parser, T> parseFn, TokenKind closeKind)
    {
        ExpectToken(openKind);
        if (ExpectOptionalToken(closeKind))
        {
            return [];
        }
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseFn(this));
        }
        while (!ExpectOptionalToken(closeKind));
        return nodes;
    }

    /// <summary>One or more items between open and close tokens, or an empty list when the open token is absent.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind openKind, Func<Parser, T> parseFn, TokenKind closeKind)
    {
        if (ExpectOptionalToken(openKind))
        {
            var nodes = new List<T>();
            do
            {
                nodes.Add(parseFn(this));
            }
            while (!ExpectOptionalToken(closeKind));
            return nodes;
        }
        return [];
    }

    /// <summary>One or more items between open and close tokens.</summary>
    private List<T> Many<T>(TokenKind openKind, Func<Parser, T> parseFn, TokenKind closeKind)
    {
        ExpectToken(openKind);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseFn(this));
        }
        while (!ExpectOptionalToken(closeKind));
        return nodes;
    }

    /// <summary>One or more items separated by a delimiter, with an optional leading delimiter.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiterKind, Func<Parser, T> parseFn)
    {
        ExpectOptionalToken(delimiterKind);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parseFn(this));
        }
        while (ExpectOptionalToken(delimiterKind));
        return nodes;
    }

    /// <summary>Advances the lexer, enforcing <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.Eof)
        {
            ++_tokenCounter;
            if (_tokenCounter > _maxTokens)
            {
                throw new GraphQLSyntaxError(_lexer.Source, token.Start,
                    "Document contains more than " + _maxTokens + " tokens. Parsing aborted.");
            }
        }
    }

    /// <summary>Enters one nesting level, enforcing <see cref="ParserOptions.MaxDepth"/>.</summary>
    private void EnterNesting(Token token)
    {
        if (++_depth > _maxDepth)
        {
            throw new GraphQLSyntaxError(_lexer.Source, token.Start,
                "Document contains more than " + _maxDepth + " levels of nesting. Parsing aborted.");
        }
    }
}
