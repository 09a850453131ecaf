using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Validation;

namespace FactorHub.GraphQL.Tests.Validation;

/// <summary>What <see cref="Utilities.TypeInfo"/> reports at each node during the validation walk.</summary>
public sealed class TypeInfoTests
{
    [Fact]
    public void FieldsKnowTheirParentTypeDefinitionAndType()
    {
        var seen = Record(
            "{ human { pets { ... on Dog { name mother { barks } } } } dog { unknownField } }",
            context => $"{context.ParentType?.ToString() ?? "?"}.{context.FieldDef?.Name ?? "?"}: {context.Type?.ToString() ?? "?"}");

        Assert.Equal(
            [
                "Query.human: Human",
                "Human.pets: [Pet]",
                "Dog.name: String",
                "Dog.mother: Dog",
                "Dog.barks: Boolean",
                "Query.dog: Dog",
                "Dog.?: ?",
            ],
            seen);
    }

    [Fact]
    public void MetaFieldsResolveWhereTheSpecAllowsThem()
    {
        var seen = Record(
            "{ __typename __schema { queryType { name } } dog { __typename __schema { description } } }",
            context => $"{context.ParentType?.ToString() ?? "?"}.{context.FieldDef?.Name ?? "?"}");

        Assert.Equal(
            ["Query.__typename", "Query.__schema", "__Schema.queryType", "__Type.name", "Query.dog", "Dog.__typename", "Dog.?", "?.?"],
            seen);
    }

    [Fact]
    public void ArgumentsAndInputFieldsKnowTheirInputTypeAndDefault()
    {
        var seen = new List<string>();
        var rule = new RecordingRule(seen);
        Validator.Validate(
            TestSchema.Schema,
            Parser.Parse("""
                {
                  dog { isHouseTrained(atOtherHomes: false) doesKnowCommand(dogCommand: SIT) }
                  complicatedArgs { complexArgField(complexArg: { nonNullField: true, stringListField: ["a"] }) }
                }
                """),
            [context => rule.Attach(context)]);

        Assert.Equal(
            [
                "argument atOtherHomes: Boolean (default True)",
                "argument dogCommand: DogCommand (no default)",
                "enum SIT of DogCommand",
                "argument complexArg: ComplexInput (no default)",
                "object field nonNullField: Boolean! in ComplexInput (default False)",
                "object field stringListField: [String] in ComplexInput (no default)",
                "list item String in [String]",
            ],
            seen);
    }

    [Fact]
    public void DirectiveArgumentsResolveAgainstTheDirective()
    {
        var seen = new List<string>();
        var rule = new RecordingRule(seen);
        Validator.Validate(
            TestSchema.Schema,
            Parser.Parse("{ dog @include(if: true) { name } }"),
            [context => rule.Attach(context)]);

        Assert.Equal(["directive include", "argument if: Boolean! (no default)"], seen);
    }

    private static List<string> Record(string document, Func<ValidationContext, string> describe)
    {
        var seen = new List<string>();
        Validator.Validate(TestSchema.Schema, Parser.Parse(document), [context => new FieldRecorder(context, seen, describe)]);
        return seen;
    }

    private sealed class FieldRecorder(ValidationContext context, List<string> seen, Func<ValidationContext, string> describe)
        : ValidationRule(context)
    {
        public override void EnterField(FieldNode node) => seen.Add(describe(Context));
    }

    private sealed class RecordingRule(List<string> seen)
    {
        public ValidationRule Attach(ValidationContext context) => new Recorder(context, seen);

        private sealed class Recorder(ValidationContext context, List<string> seen) : ValidationRule(context)
        {
            public override void EnterDirective(DirectiveNode node, DirectiveLocation location) =>
                seen.Add($"directive {Context.Directive?.Name}");

            public override void EnterArgument(ArgumentNode node) =>
                seen.Add($"argument {Context.Argument?.Name}: {Context.InputType} {DescribeDefault()}");

            public override void EnterObjectField(ObjectFieldNode node) =>
                seen.Add($"object field {node.Name.Value}: {Context.InputType} in {Context.ParentInputType} {DescribeDefault()}");

            public override void EnterScalarValue(ValueNode node)
            {
                if (node is EnumValueNode enumNode)
                {
                    seen.Add($"enum {Context.EnumValue?.Name ?? enumNode.Value} of {Context.InputType}");
                }
                else if (Context.ParentInputType is GraphQLList)
                {
                    seen.Add($"list item {Context.InputType} in {Context.ParentInputType}");
                }
            }

            private string DescribeDefault() =>
                Undefined.Is(Context.TypeInfo.DefaultValue) ? "(no default)" : $"(default {Context.TypeInfo.DefaultValue})";
        }
    }
}
