using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Types;

/// <summary>
/// Type system validation (§3 "Type Validation" subsections of every kind, §3.3.1 Root Operation Types, §3.13 Directives),
/// with graphql-js 16 validate.ts messages. The result is cached on the schema.
/// </summary>
public static class SchemaValidation
{
    /// <summary>All type system errors of <paramref name="schema"/> (empty when valid).</summary>
    public static IReadOnlyList<GraphQLError> ValidateSchema(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.ValidationErrors is { } cached)
        {
            return cached;
        }

        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        var errors = context.Errors.AsReadOnly();
        schema.ValidationErrors = errors;
        return errors;
    }

    /// <summary>Throws <see cref="GraphQLSchemaValidationException"/> listing every error when the schema is invalid.</summary>
    public static void AssertValidSchema(GraphQLSchema schema)
    {
        var errors = ValidateSchema(schema);
        if (errors.Count != 0)
        {
            throw new GraphQLSchemaValidationException(errors);
        }
    }

    private sealed class Context(GraphQLSchema schema)
    {
        public GraphQLSchema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params Node?[] nodes) =>
            Errors.Add(new GraphQLError(message, nodes.OfType<Node>().ToArray()));

        public void Report(string message, IEnumerable<Node?> nodes) =>
            Errors.Add(new GraphQLError(message, nodes.OfType<Node>().ToArray()));
    }

    // §3.3.1 Root Operation Types. The roots are typed as object types, so only presence is checked here;
    // SchemaBuilder reports roots naming a non-object type.
    private static void ValidateRootTypes(Context context)
    {
        if (context.Schema.Query is null)
        {
            context.Report("Query root type must be provided.", context.Schema.AstNode);
        }
    }

    // §3.13 Directives: Type Validation.
    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var arg in directive.Args)
            {
                ValidateName(context, arg.Name, arg.AstNode);
                if (!arg.Type.IsInputType())
                {
                    context.Report(
                        $"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.",
                        arg.AstNode);
                }

                if (arg.IsRequired() && arg.DeprecationReason is not null)
                {
                    context.Report(
                        $"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.",
                        GetDeprecatedDirectiveNode(arg.AstNode),
                        arg.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateName(Context context, string name, Node? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report(
                $"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                node);
        }
    }

    private static void ValidateTypes(Context context)
    {
        var inputObjectCircularRefs = new InputObjectCircularRefsValidator(context);
        foreach (var type in context.Schema.TypeMap.Values)
        {
            if (!type.IsIntrospectionType())
            {
                ValidateName(context, type.Name, type.AstNode);
            }

            switch (type)
            {
                case GraphQLComplexType complex:
                    ValidateFields(context, complex);
                    ValidateInterfaces(context, complex);
                    break;
                case GraphQLUnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case GraphQLEnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case GraphQLInputObjectType inputObject:
                    ValidateInputFields(context, inputObject);
                    inputObjectCircularRefs.DetectCycleRecursive(inputObject);
                    break;
            }
        }
    }

    // §3.6 Objects / §3.7 Interfaces: Type Validation, fields and arguments.
    private static void ValidateFields(Context context, GraphQLComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", AllNodes(type));
        }

        foreach (var field in type.Fields.Values)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType())
            {
                context.Report(
                    $"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.",
                    field.AstNode?.Type);
            }

            foreach (var arg in field.Args)
            {
                ValidateName(context, arg.Name, arg.AstNode);
                if (!arg.Type.IsInputType())
                {
                    context.Report(
                        $"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.",
                        arg.AstNode?.Type);
                }

                if (arg.IsRequired() && arg.DeprecationReason is not null)
                {
                    context.Report(
                        $"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.",
                        GetDeprecatedDirectiveNode(arg.AstNode),
                        arg.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateInterfaces(Context context, GraphQLComplexType type)
    {
        var ifaceTypeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                context.Report(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    GetAllImplementsInterfaceNodes(type, iface));
                continue;
            }

            if (!ifaceTypeNames.Add(iface.Name))
            {
                context.Report(
                    $"Type {type.Name} can only implement {iface.Name} once.",
                    GetAllImplementsInterfaceNodes(type, iface));
                continue;
            }

            ValidateTypeImplementsAncestors(context, type, iface);
            ValidateTypeImplementsInterface(context, type, iface);
        }
    }

    // §3.6 Objects, Type Validation 4: IsValidImplementation(type, implementedType).
    private static void ValidateTypeImplementsInterface(Context context, GraphQLComplexType type, GraphQLInterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                context.Report(
                    $"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    [ifaceField.AstNode, .. AllNodes(type)]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var ifaceArg in ifaceField.Args)
            {
                var argName = ifaceArg.Name;
                var typeArg = typeField.GetArgument(argName);
                if (typeArg is null)
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{fieldName}({argName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        ifaceArg.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{fieldName}({argName}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({argName}:) is type {typeArg.Type}.",
                        ifaceArg.AstNode?.Type,
                        typeArg.AstNode?.Type);
                }
            }

            foreach (var typeArg in typeField.Args)
            {
                if (ifaceField.GetArgument(typeArg.Name) is null && typeArg.IsRequired())
                {
                    context.Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArg.AstNode,
                        ifaceField.AstNode);
                }
            }
        }
    }

    // §3.7 Interfaces, Type Validation 5: a type must also implement the interfaces of its interfaces.
    private static void ValidateTypeImplementsAncestors(Context context, GraphQLComplexType type, GraphQLInterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                context.Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. GetAllImplementsInterfaceNodes(iface, transitive), .. GetAllImplementsInterfaceNodes(type, iface)]);
            }
        }
    }

    // §3.8 Unions: Type Validation.
    private static void ValidateUnionMembers(Context context, GraphQLUnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", AllNodes(union));
        }

        var includedTypeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var memberType in union.Types)
        {
            if (!includedTypeNames.Add(memberType.Name))
            {
                context.Report(
                    $"Union type {union.Name} can only include type {memberType.Name} once.",
                    GetUnionMemberTypeNodes(union, memberType.Name));
            }
        }
    }

    // §3.9 Enums: Type Validation.
    private static void ValidateEnumValues(Context context, GraphQLEnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", AllNodes(enumType));
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(context, value.Name, value.AstNode);
        }
    }

    // §3.10 Input Objects: Type Validation, and §3.10.1 OneOf Input Objects.
    private static void ValidateInputFields(Context context, GraphQLInputObjectType inputObject)
    {
        if (inputObject.Fields.Count == 0)
        {
            context.Report($"Input Object type {inputObject.Name} must define one or more fields.", AllNodes(inputObject));
        }

        foreach (var field in inputObject.Fields.Values)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType())
            {
                context.Report(
                    $"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.",
                    field.AstNode?.Type);
            }

            if (field.IsRequired() && field.DeprecationReason is not null)
            {
                context.Report(
                    $"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.",
                    GetDeprecatedDirectiveNode(field.AstNode),
                    field.AstNode?.Type);
            }

            if (inputObject.IsOneOf)
            {
                if (field.Type is GraphQLNonNull)
                {
                    context.Report($"OneOf input field {inputObject.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    /// <summary>
    /// §3.10 Input Objects, Type Validation 3: an input object must not reference itself through a chain of
    /// non-null singular fields (such a value could never be finite). Depth-first, each type visited once (graphql-js).
    /// </summary>
    private sealed class InputObjectCircularRefsValidator(Context context)
    {
        private readonly HashSet<GraphQLInputObjectType> _visitedTypes = [];
        private readonly List<GraphQLInputField> _fieldPath = [];
        private readonly Dictionary<string, int> _fieldPathIndexByTypeName = new(StringComparer.Ordinal);

        public void DetectCycleRecursive(GraphQLInputObjectType inputObject)
        {
            if (!_visitedTypes.Add(inputObject))
            {
                return;
            }

            _fieldPathIndexByTypeName[inputObject.Name] = _fieldPath.Count;
            foreach (var field in inputObject.Fields.Values)
            {
                if (field.Type is GraphQLNonNull { OfType: GraphQLInputObjectType fieldType })
                {
                    _fieldPath.Add(field);
                    if (!_fieldPathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        DetectCycleRecursive(fieldType);
                    }
                    else
                    {
                        var cyclePath = _fieldPath.Skip(cycleIndex).ToList();
                        var pathStr = string.Join(".", cyclePath.Select(f => f.Name));
                        context.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathStr}\".",
                            cyclePath.Select(f => (Node?)f.AstNode));
                    }

                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
            }

            _fieldPathIndexByTypeName.Remove(inputObject.Name);
        }
    }

    private static IEnumerable<Node?> AllNodes(GraphQLNamedType type) =>
        [type.AstNode, .. type.ExtensionAstNodes];

    private static IEnumerable<Node?> GetAllImplementsInterfaceNodes(GraphQLComplexType type, GraphQLInterfaceType iface)
    {
        foreach (var node in AllNodes(type))
        {
            var interfaces = node switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                ObjectTypeExtensionNode oe => oe.Interfaces,
                InterfaceTypeExtensionNode ie => ie.Interfaces,
                _ => [],
            };
            foreach (var named in interfaces)
            {
                if (named.Name.Value == iface.Name)
                {
                    yield return named;
                }
            }
        }
    }

    private static IEnumerable<Node?> GetUnionMemberTypeNodes(GraphQLUnionType union, string typeName)
    {
        foreach (var node in AllNodes(union))
        {
            var types = node switch
            {
                UnionTypeDefinitionNode u => u.Types,
                UnionTypeExtensionNode ue => ue.Types,
                _ => [],
            };
            foreach (var named in types)
            {
                if (named.Name.Value == typeName)
                {
                    yield return named;
                }
            }
        }
    }

    private static Node? GetDeprecatedDirectiveNode(InputValueDefinitionNode? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.Deprecated.Name);
}
