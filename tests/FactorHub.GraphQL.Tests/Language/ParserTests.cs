using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Tests.Language;

/// <summary>
/// Parser edge cases. Error cases are pinned to graphql-js 16.15: message and 1-based line/column are what
/// graphql-js reports for the same input.
/// </summary>
public class ParserTests
{
    private static void AssertSyntaxError(Action parse, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxError>(parse);
        Assert.Equal(message, error.Message);
        Assert.Equal(new SourceLocation(line, column), Assert.Single(error.Locations!));
    }

    [Theory]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3)]
    [InlineData("query Foo($x: Complex = { a: { b: [ $var ] } }) { field }", "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 37)]
    [InlineData("query Foo($x: Int = $) { f }", "Syntax Error: Unexpected \"$\".", 1, 21)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("{ f(a: 1 b: ) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("query { f } extend", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("\"desc\" extend type A { a: Int }", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("type A { a: Int } extend type A", "Syntax Error: Unexpected <EOF>.", 1, 32)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { A null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 12)]
    [InlineData("directive @d on FOO", "Syntax Error: Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d on", "Syntax Error: Expected Name, found <EOF>.", 1, 16)]
    [InlineData("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9)]
    [InlineData("type Hello { world(arg: String = $x): String }", "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 34)]
    [InlineData("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("mutation", "Syntax Error: Expected \"{\", found <EOF>.", 1, 9)]
    [InlineData("query Q($a) { b }", "Syntax Error: Expected \":\", found \")\".", 1, 11)]
    [InlineData("{ a(b: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 13)]
    [InlineData("\n\n  { a \n   b(c: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 4, 11)]
    [InlineData("type T { f: [String }", "Syntax Error: Expected \"]\", found \"}\".", 1, 21)]
    [InlineData("input I { a: Int = 1 @d(x: $v) }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 28)]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("   \n# only a comment\n", "Syntax Error: Unexpected <EOF>.", 3, 1)]
    [InlineData("{}", "Syntax Error: Expected Name, found \"}\".", 1, 2)]
    [InlineData("query Q()", "Syntax Error: Expected \"$\", found \")\".", 1, 9)]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8)]
    [InlineData("fragment F on T", "Syntax Error: Expected \"{\", found <EOF>.", 1, 16)]
    [InlineData("fragment \"on\" on T { a }", "Syntax Error: Unexpected String \"on\".", 1, 10)]
    [InlineData("{ a: }", "Syntax Error: Expected Name, found \"}\".", 1, 6)]
    [InlineData("{ a @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7)]
    [InlineData("query Q @d(x: 1 { a }", "Syntax Error: Expected Name, found \"{\".", 1, 17)]
    [InlineData("type T implements { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 19)]
    [InlineData("directive @d(a: Int) repeatable FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 33)]
    [InlineData("{ a }\n\"\"\"desc\"\"\" scalar S\n\"desc\" query", "Syntax Error: Expected \"{\", found <EOF>.", 3, 13)]
    public void RejectsInvalidDocumentsWithGraphQLJsMessages(string source, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.Parse(source), message, line, column);

    [Theory]
    [InlineData("[1, 2", "Syntax Error: Unexpected <EOF>.", 1, 6)]
    [InlineData("{ a: 1 b }", "Syntax Error: Expected \":\", found \"}\".", 1, 10)]
    [InlineData("$", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("1 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3)]
    public void RejectsInvalidValues(string source, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.ParseValue(source), message, line, column);

    [Theory]
    [InlineData("$a", "Syntax Error: Unexpected variable \"$a\" in constant value.", 1, 1)]
    [InlineData("[$a]", "Syntax Error: Unexpected variable \"$a\" in constant value.", 1, 2)]
    [InlineData("{ a: $b }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 6)]
    public void RejectsVariablesInConstantValues(string source, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.ParseConstValue(source), message, line, column);

    [Theory]
    [InlineData("[String", "Syntax Error: Expected \"]\", found <EOF>.", 1, 8)]
    [InlineData("String!!", "Syntax Error: Expected <EOF>, found \"!\".", 1, 8)]
    [InlineData("!String", "Syntax Error: Expected Name, found \"!\".", 1, 1)]
    [InlineData("[[Int]!", "Syntax Error: Expected \"]\", found <EOF>.", 1, 8)]

    public void RejectsInvalidTypeReferences(string source, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.ParseType(source), message, line, column);

    [Fact]
    public void ParsesVariableDefinitionsWithDefaultsAndDirectives()
    {
        var document = Parser.Parse("query Q($a: [Int!]! = [1, 2] @deprecated(reason: \"x\"), $b: In = {k: ENUM}) { f }");
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal("Q", operation.Name!.Value);
        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(a.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Equal(["1", "2"], Assert.IsType<ListValueNode>(a.DefaultValue).Values.Cast<IntValueNode>().Select(v => v.Value));
        Assert.Equal("deprecated", Assert.Single(a.Directives).Name.Value);
        var b = operation.VariableDefinitions[1];
        var field = Assert.Single(Assert.IsType<ObjectValueNode>(b.DefaultValue).Fields);
        Assert.Equal(("k", "ENUM"), (field.Name.Value, Assert.IsType<EnumValueNode>(field.Value).Value));
    }

    [Fact]
    public void KeepsNumberLiteralsAsWritten()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[123456789012345678901234567890, -0, 1.50, 6.02214076e23, 0.1E-7]"));

        Assert.Equal("123456789012345678901234567890", Assert.IsType<IntValueNode>(list.Values[0]).Value);
        Assert.Equal("-0", Assert.IsType<IntValueNode>(list.Values[1]).Value);
        Assert.Equal("1.50", Assert.IsType<FloatValueNode>(list.Values[2]).Value);
        Assert.Equal("6.02214076e23", Assert.IsType<FloatValueNode>(list.Values[3]).Value);
        Assert.Equal("0.1E-7", Assert.IsType<FloatValueNode>(list.Values[4]).Value);
    }

    [Fact]
    public void ParsesKeywordsAsNamesWhereNamesAreExpected()
    {
        var document = Parser.Parse("query query($query: query = query) { query: query(query: true, null: null) { fragment on } ... on on { on } }");

        Assert.Equal(
            "query query($query: query = query) {\n  query: query(query: true, null: null) {\n    fragment\n    on\n  }\n  ... on on {\n    on\n  }\n}",
            Printer.Print(document));
    }

    [Fact]
    public void DistinguishesBooleansNullAndEnums()
    {
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[true, false, null, TRUE, Null]"));

        Assert.True(Assert.IsType<BooleanValueNode>(list.Values[0]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(list.Values[1]).Value);
        Assert.IsType<NullValueNode>(list.Values[2]);
        Assert.Equal("TRUE", Assert.IsType<EnumValueNode>(list.Values[3]).Value);
        Assert.Equal("Null", Assert.IsType<EnumValueNode>(list.Values[4]).Value);
    }

    [Fact]
    public void RecordsLocationsAsTokenRanges()
    {
        const string source = "{\n  node(id: 4) {\n    id\n  }\n}";
        var document = Parser.Parse(source);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var node = (FieldNode)operation.SelectionSet.Selections[0];

        Assert.Equal((0, source.Length), (document.Loc!.Start, document.Loc.End));
        Assert.Equal("node(id: 4) {\n    id\n  }", source[node.Loc!.Start..node.Loc.End]);
        Assert.Equal(new SourceLocation(2, 3), node.Loc.StartLocation);
        Assert.Equal("node", node.Loc.StartToken.Value);
        Assert.Equal(TokenKind.BraceR, node.Loc.EndToken.Kind);
        Assert.Equal("4", source[node.Arguments[0].Value.Loc!.Start..node.Arguments[0].Value.Loc!.End]);
        Assert.Equal(11, document.TokenCount); // { node ( id : 4 ) { id } }
    }

    [Fact]
    public void NoLocationLeavesLocationsOut()
    {
        var document = Parser.Parse("{ a(b: [1]) }", new ParserOptions { NoLocation = true });
        var seen = 0;
        Visitor.Visit(document, new DelegateVisitor()
            .On(NodeKind.Document, enter: Check)
            .On(NodeKind.Field, enter: Check)
            .On(NodeKind.ListValue, enter: Check)
            .On(NodeKind.IntValue, enter: Check)
            .On(NodeKind.Name, enter: Check));

        Assert.Equal(6, seen); // document, field, list, int, and the names a and b

        VisitorAction Check(Node node, VisitorContext context)
        {
            Assert.Null(node.Loc);
            seen++;
            return VisitorAction.Continue;
        }
    }

    [Fact]
    public void ErrorsOnNodesBuiltFromTheDocumentCarryLocations()
    {
        var document = Parser.Parse("{\n  a\n  b\n}");
        var fields = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;

        var error = new GraphQLError("Fields conflict.", [fields[0], fields[1]]);

        Assert.Equal([new SourceLocation(2, 3), new SourceLocation(3, 3)], error.Locations!);
        Assert.Equal([4, 8], error.Positions!);
    }

    [Theory]
    [InlineData("Foo", NodeKind.TypeCoordinate)]
    [InlineData("Foo.bar", NodeKind.MemberCoordinate)]
    [InlineData("Foo.bar(baz:)", NodeKind.ArgumentCoordinate)]
    [InlineData("@foo", NodeKind.DirectiveCoordinate)]
    [InlineData("@foo(bar:)", NodeKind.DirectiveArgumentCoordinate)]
    public void ParsesSchemaCoordinates(string source, NodeKind kind)
    {
        var coordinate = Parser.ParseSchemaCoordinate(source);

        Assert.Equal(kind, coordinate.Kind);
        Assert.Equal(source, Printer.Print(coordinate));
    }

    [Theory]
    [InlineData("Foo . bar", "Syntax Error: Invalid character: \" \".", 1, 4)]
    [InlineData("Foo.bar(baz)", "Syntax Error: Expected \":\", found \")\".", 1, 12)]
    [InlineData("@foo.bar", "Syntax Error: Expected <EOF>, found \".\".", 1, 5)]
    [InlineData("Foo.", "Syntax Error: Expected Name, found <EOF>.", 1, 5)]
    [InlineData("Foo.bar(baz:)x", "Syntax Error: Expected <EOF>, found Name \"x\".", 1, 14)]
    [InlineData("Foo#", "Syntax Error: Invalid character: \"#\".", 1, 4)]
    public void RejectsInvalidSchemaCoordinates(string source, string message, int line, int column) =>
        AssertSyntaxError(() => Parser.ParseSchemaCoordinate(source), message, line, column);

    [Fact]
    public void ParsesDescriptionsOnExecutableDefinitions()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { a }\n\"\"\"frag\"\"\" fragment F on T { b }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        var fragment = (FragmentDefinitionNode)document.Definitions[1];
        Assert.Equal("op", operation.Description!.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description!.Value);
        Assert.Equal("frag", fragment.Description!.Value);
        Assert.True(fragment.Description.Block);
    }
}
