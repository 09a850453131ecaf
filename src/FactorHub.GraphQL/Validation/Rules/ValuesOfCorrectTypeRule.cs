using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.6.1 Values of Correct Type: every literal value is coercible to the type expected at
/// its position: scalars and enums accept it (their literal parsing), null only in nullable
/// positions, lists and input objects only where the type allows them, and a OneOf input object
/// literal has exactly one field, which is not null.
/// </summary>
/// <remarks>
/// graphql-js's ValuesOfCorrectTypeRule also covers §5.6.2 and §5.6.4; here those are
/// <see cref="InputObjectFieldNamesRule"/> and <see cref="InputObjectRequiredFieldsRule"/>,
/// with the same messages.
/// </remarks>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterListValue(ListValueNode node)
    {
        // A list literal where no list is expected: reported once, its items are not checked.
        if (Context.ParentInputType.GetNullableType() is not GraphQLList)
        {
            IsValidValueNode(node);
            SkipChildren();
        }
    }

    public override void EnterObjectValue(ObjectValueNode node)
    {
        if (Context.InputType.GetNamedType() is not GraphQLInputObjectType type)
        {
            IsValidValueNode(node);
            SkipChildren();
            return;
        }

        if (type.IsOneOf)
        {
            ValidateOneOfInputObject(node, type);
        }
    }

    public override void EnterNullValue(NullValueNode node)
    {
        if (Context.InputType is GraphQLNonNull type)
        {
            Context.ReportError(new GraphQLError($"Expected value of type \"{type}\", found {Printer.Print(node)}.", [node]));
        }
    }

    public override void EnterScalarValue(ValueNode node) => IsValidValueNode(node);

    /// <summary>
    /// Reports the value when it is not valid for the (known) input type of its position:
    /// composite values for leaf types are not, leaf literals must parse.
    /// </summary>
    private void IsValidValueNode(ValueNode node)
    {
        if (Context.InputType is not { } locationType)
        {
            return;
        }

        var type = locationType.GetNamedType();
        switch (type)
        {
            case GraphQLEnumType enumType:
                ValidateEnumLiteral(node, enumType);
                return;
            case GraphQLScalarType scalarType:
                ValidateScalarLiteral(node, locationType, scalarType);
                return;
            default:
                Context.ReportError(new GraphQLError(
                    $"Expected value of type \"{locationType}\", found {Printer.Print(node)}.",
                    [node]));
                return;
        }
    }

    private void ValidateEnumLiteral(ValueNode node, GraphQLEnumType enumType)
    {
        if (node is EnumValueNode enumNode && enumType.GetValue(enumNode.Value) is not null)
        {
            return;
        }

        var valueStr = Printer.Print(node);
        var message = node is EnumValueNode
            ? $"Value \"{valueStr}\" does not exist in \"{enumType.Name}\" enum."
            : $"Enum \"{enumType.Name}\" cannot represent non-enum value: {valueStr}.";
        if (!Context.HideSuggestions)
        {
            var names = new List<string>(enumType.Values.Count);
            foreach (var value in enumType.Values)
            {
                names.Add(value.Name);
            }

            message += DidYouMean.Format("the enum value", SuggestionList.Suggest(valueStr, names));
        }

        Context.ReportError(new GraphQLError(message, [node]));
    }

    private void ValidateScalarLiteral(ValueNode node, IGraphQLType locationType, GraphQLScalarType scalarType)
    {
        // Scalars decide through their literal parsing; variables are not resolved here.
        try
        {
            if (Undefined.Is(scalarType.ParseLiteral(node)))
            {
                Context.ReportError(new GraphQLError(
                    $"Expected value of type \"{locationType}\", found {Printer.Print(node)}.",
                    [node]));
            }
        }
        catch (GraphQLError error)
        {
            Context.ReportError(error.Nodes is null ? new GraphQLError(error.Message, [node], originalError: error) : error);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Like graphql-js: any other failure of a (custom) scalar's parsing is an invalid value, not a crash.
            Context.ReportError(new GraphQLError(
                $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}",
                [node],
                originalError: error));
        }
    }

    /// <summary>A OneOf input object literal must give exactly one field, and not a null one.</summary>
    private void ValidateOneOfInputObject(ObjectValueNode node, GraphQLInputObjectType type)
    {
        // Fields count by name: a repeated name is one key whose value is its last occurrence (graphql-js keyMap).
        var fields = node.Fields;
        var keyCount = 0;
        for (var i = 0; i < fields.Count && keyCount < 2; i++)
        {
            if (!HasEarlierField(fields, i))
            {
                keyCount++;
            }
        }

        if (keyCount != 1)
        {
            Context.ReportError(new GraphQLError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", [node]));
            return;
        }

        var single = fields[^1];
        if (single.Value is NullValueNode)
        {
            Context.ReportError(new GraphQLError($"Field \"{type.Name}.{single.Name.Value}\" must be non-null.", [node]));
        }
    }

    private static bool HasEarlierField(IReadOnlyList<ObjectFieldNode> fields, int index)
    {
        var name = fields[index].Name.Value;
        for (var i = 0; i < index; i++)
        {
            if (fields[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
