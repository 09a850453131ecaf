using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.3.1 Field Selections: every selected field must be defined on the type it is
/// selected on (meta fields included). Suggests inline fragments on types that do define the
/// field, or similarly spelled field names.
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override void EnterField(FieldNode node)
    {
        if (Context.ParentType is not { } type || Context.FieldDef is not null)
        {
            return;
        }

        var fieldName = node.Name.Value;

        // First determine if there are any suggested types to condition on, else perhaps a typo.
        var suggestion = DidYouMean.Format(
            "to use an inline fragment on",
            Context.HideSuggestions ? [] : GetSuggestedTypeNames(Context.Schema, type, fieldName));
        if (suggestion.Length == 0)
        {
            suggestion = DidYouMean.Format(Context.HideSuggestions ? [] : GetSuggestedFieldNames(type, fieldName));
        }

        Context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\".{suggestion}", [node]));
    }

    /// <summary>
    /// For an abstract type, the possible types (and their interfaces) defining the field: the
    /// most widely shared first, super types before subtypes, then by name.
    /// </summary>
    private static List<string> GetSuggestedTypeNames(GraphQLSchema schema, GraphQLNamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }

        var suggestedTypes = new List<GraphQLNamedType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            // This object type defines this field.
            suggestedTypes.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                {
                    continue;
                }

                // This interface type defines this field.
                if (usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    usageCount[possibleInterface.Name] = count + 1;
                }
                else
                {
                    suggestedTypes.Add(possibleInterface);
                    usageCount[possibleInterface.Name] = 1;
                }
            }
        }

        suggestedTypes.Sort((typeA, typeB) =>
        {
            var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (usageCountDiff != 0)
            {
                return usageCountDiff;
            }

            // Suggest super types first followed by subtypes.
            if (typeA is GraphQLInterfaceType && schema.IsSubType(typeA, typeB))
            {
                return -1;
            }

            if (typeB is GraphQLInterfaceType && schema.IsSubType(typeB, typeA))
            {
                return 1;
            }

            return SuggestionList.NaturalCompare(typeA.Name, typeB.Name);
        });

        var names = new List<string>(suggestedTypes.Count);
        foreach (var suggestedType in suggestedTypes)
        {
            names.Add(suggestedType.Name);
        }

        return names;
    }

    /// <summary>For an object or interface type, the field names similar to the unknown one.</summary>
    private static IReadOnlyList<string> GetSuggestedFieldNames(GraphQLNamedType type, string fieldName) =>
        type is GraphQLComplexType complex ? SuggestionList.Suggest(fieldName, complex.Fields.Keys) : [];
}
