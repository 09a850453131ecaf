using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;

namespace FactorHub.GraphQL.Utilities;

/// <summary>Options of <see cref="BuildAstSchema"/>.</summary>
public sealed class BuildAstSchemaOptions
{
    /// <summary>
    /// Coercion implementations for scalars declared in SDL, by name. FactorHub's custom scalars
    /// (<see cref="Scalars.Custom"/>: DateTime, Date, Decimal, JSON) are known without being listed;
    /// a declared scalar with no implementation passes values through unchanged (graphql-js default).
    /// </summary>
    public IReadOnlyDictionary<string, GraphQLScalarType>? ScalarImplementations { get; init; }

    /// <summary>
    /// CLR enum types whose members become the internal values of the GraphQL enum of the same key
    /// (see <see cref="EnumNameMapping"/>). Applied before default values are coerced, so defaults are CLR members too.
    /// </summary>
    public IReadOnlyDictionary<string, Type>? EnumBindings { get; init; }
}

/// <summary>
/// Builds a schema from type system documents (graphql-js buildASTSchema with extendSchemaImpl semantics, §3 Type System):
/// every definition and extension of all documents is merged, so one document may define <c>type Query</c> and others
/// <c>extend type Query { … }</c>; extensions of schema, scalars, objects, interfaces, unions, enums and input objects
/// apply; @deprecated, @specifiedBy and @oneOf are honoured. Without a schema definition or extension, types named
/// Query, Mutation and Subscription become the roots. SDL errors (unknown or duplicate types, fields, values, arguments,
/// extensions of undefined types, misplaced or unknown directives) and type system validation errors
/// (<see cref="SchemaValidation"/>) are all reported together in a <see cref="SchemaBuildException"/>.
/// </summary>
public static class BuildAstSchema
{
    /// <summary>Builds and validates a schema from one document.</summary>
    public static GraphQLSchema Build(DocumentNode document, BuildAstSchemaOptions? options = null) =>
        Build([document], options);

    /// <summary>Builds and validates a schema from several documents, merged in order.</summary>
    public static GraphQLSchema Build(IReadOnlyList<DocumentNode> documents, BuildAstSchemaOptions? options = null)
    {
        var builder = new Builder(options ?? new BuildAstSchemaOptions());
        var schema = builder.Build(documents);
        var errors = builder.Errors;
        if (schema is not null && errors.Count == 0)
        {
            errors.AddRange(SchemaValidation.ValidateSchema(schema));
        }

        if (errors.Count != 0 || schema is null)
        {
            throw new SchemaBuildException(errors);
        }

        return schema;
    }

    /// <summary>Parses <paramref name="sdl"/> and builds a schema from it.</summary>
    public static GraphQLSchema BuildSchema(string sdl, BuildAstSchemaOptions? options = null) =>
        Build(Parser.Parse(sdl), options);

    private sealed class Builder(BuildAstSchemaOptions options)
    {
        private readonly OrderedDictionary<string, GraphQLNamedType> _typeMap = new(StringComparer.Ordinal);
        private readonly Dictionary<string, TypeDefinitionNode> _typeDefs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, GraphQLDirective> _directives = new(StringComparer.Ordinal);
        private readonly List<(GraphQLInputValue Value, InputValueDefinitionNode Node, string Coordinate)> _pendingDefaults = [];
        private readonly Dictionary<GraphQLInputField, (InputValueDefinitionNode Node, string Coordinate)> _pendingInputFieldDefaults = [];

        private readonly List<(IReadOnlyList<DirectiveNode> Nodes, DirectiveLocation Location)> _pendingDirectiveChecks = [];

        public List<GraphQLError> Errors { get; } = [];

        public GraphQLSchema? Build(IReadOnlyList<DocumentNode> documents)
        {
            SchemaDefinitionNode? schemaDef = null;
            var schemaExtensions = new List<SchemaExtensionNode>();
            var directiveDefs = new List<DirectiveDefinitionNode>();
            var typeDefList = new List<TypeDefinitionNode>();

            foreach (var definition in documents.SelectMany(d => d.Definitions))
            {
                switch (definition)
                {
                    case SchemaDefinitionNode node:
                        if (schemaDef is not null)
                        {
                            Report("Must provide only one schema definition.", node);
                        }
                        else
                        {
                            schemaDef = node;
                        }

                        break;
                    case SchemaExtensionNode node:
                        schemaExtensions.Add(node);
                        break;
                    case TypeDefinitionNode node:
                        if (_typeDefs.TryGetValue(node.Name.Value, out var existing))
                        {
                            Report($"There can be only one type named \"{node.Name.Value}\".", existing.Name, node.Name);
                        }
                        else
                        {
                            _typeDefs[node.Name.Value] = node;
                            typeDefList.Add(node);
                        }

                        break;
                    case TypeExtensionNode node:
                        if (!_typeExtensions.TryGetValue(node.Name.Value, out var list))
                        {
                            _typeExtensions[node.Name.Value] = list = [];
                        }

                        list.Add(node);
                        break;
                    case DirectiveDefinitionNode node:
                        if (directiveDefs.FirstOrDefault(d => d.Name.Value == node.Name.Value) is { } existingDirective)
                        {
                            Report($"There can be only one directive named \"@{node.Name.Value}\".", existingDirective.Name, node.Name);
                        }
                        else
                        {
                            directiveDefs.Add(node);
                        }

                        break;
                    default:
                        Report("Executable definitions (operations and fragments) are not allowed in a type system document.", definition);
                        break;
                }
            }

            // Named types first (so fields may reference any of them), then their contents.
            foreach (var typeDef in typeDefList)
            {
                var name = typeDef.Name.Value;
                _typeMap[name] = StandardType(name) ?? CreateType(typeDef);
            }

            CheckExtensionTargets();

            foreach (var directiveDef in directiveDefs)
            {
                _directives[directiveDef.Name.Value] = BuildDirective(directiveDef);
            }

            foreach (var specified in SpecifiedDirectives.All)
            {
                _directives.TryAdd(specified.Name, specified);
            }

            foreach (var directiveDef in directiveDefs)
            {
                var directive = _directives[directiveDef.Name.Value];
                foreach (var argNode in directiveDef.Arguments)
                {
                    if (BuildArgument(argNode, $"@{directive.Name}") is { } arg)
                    {
                        if (directive.GetArgument(arg.Name) is not null)
                        {
                            Report($"Argument \"@{directive.Name}({arg.Name}:)\" can only be defined once.", argNode.Name);
                        }
                        else
                        {
                            directive.AddArgument(arg);
                        }
                    }
                }
            }

            // A redefined specified scalar or introspection type keeps the standard instance (graphql-js stdTypeMap).
            foreach (var typeDef in typeDefList)
            {
                var type = _typeMap[typeDef.Name.Value];
                if (!type.IsSpecifiedScalarType() && !type.IsIntrospectionType())
                {
                    PopulateType(type, typeDef);
                }
            }

            // Input field defaults first, each after the defaults of the input objects it contains, so a default
            // object literal gets nested field defaults filled in exactly like graphql-js's lazy fields do.
            var visitedInputs = new HashSet<GraphQLInputObjectType>();
            foreach (var type in _typeMap.Values.OfType<GraphQLInputObjectType>())
            {
                ResolveInputFieldDefaults(type, visitedInputs);
            }

            foreach (var (value, node, coordinate) in _pendingDefaults)
            {
                ResolveInputFieldDefaults(value.Type.GetNamedType(), visitedInputs);
                ResolveDefault(value, node, coordinate);
            }

            if (schemaDef is not null)
            {
                CheckDirectives(schemaDef.Directives, DirectiveLocation.Schema);
            }

            foreach (var extension in schemaExtensions)
            {
                CheckDirectives(extension.Directives, DirectiveLocation.Schema);
            }

            // Directive uses are checked last: their arguments may be input objects defined anywhere.
            foreach (var (nodes, location) in _pendingDirectiveChecks)
            {
                CheckDirectivesNow(nodes, location);
            }

            var (query, mutation, subscription) = BuildRootTypes(schemaDef, schemaExtensions);
            if (Errors.Count != 0)
            {
                return null;
            }

            var directives = directiveDefs.Select(d => _directives[d.Name.Value])
                .Concat(SpecifiedDirectives.All.Where(s => directiveDefs.All(d => d.Name.Value != s.Name)));
            return new GraphQLSchema(query, mutation, subscription, _typeMap.Values, directives, schemaDef?.Description?.Value)
            {
                AstNode = schemaDef,
                ExtensionAstNodes = schemaExtensions,
            };
        }

        private void ResolveInputFieldDefaults(GraphQLNamedType? type, HashSet<GraphQLInputObjectType> visited)
        {
            if (type is not GraphQLInputObjectType inputObject || !visited.Add(inputObject))
            {
                return;
            }

            foreach (var field in inputObject.Fields.Values)
            {
                ResolveInputFieldDefaults(field.Type.GetNamedType(), visited);
                if (_pendingInputFieldDefaults.Remove(field, out var pending))
                {
                    ResolveDefault(field, pending.Node, pending.Coordinate);
                }
            }
        }

        private void ResolveDefault(GraphQLInputValue value, InputValueDefinitionNode node, string coordinate)
        {
            var defaultValue = ValueFromAst.Convert(node.DefaultValue, value.Type);
            if (defaultValue is Undefined)
            {
                Report($"{coordinate} has invalid default value: {Printer.Print(node.DefaultValue!)}.", node.DefaultValue);
            }
            else
            {
                value.DefaultValue = defaultValue;
            }
        }

        private void Report(string message, params Node?[] nodes) =>
            Errors.Add(new GraphQLError(message, nodes.OfType<Node>().ToArray()));

        private static GraphQLNamedType? StandardType(string name) =>
            (GraphQLNamedType?)Scalars.GetSpecified(name) ?? Introspection.Types.FirstOrDefault(t => t.Name == name);

        private IReadOnlyList<TypeExtensionNode> ExtensionsOf(string name) =>
            _typeExtensions.TryGetValue(name, out var list) ? list : [];

        private GraphQLNamedType CreateType(TypeDefinitionNode node)
        {
            var name = node.Name.Value;
            var description = node.Description?.Value;
            GraphQLNamedType type = node switch
            {
                ScalarTypeDefinitionNode => CreateScalar(name, description),
                ObjectTypeDefinitionNode => new GraphQLObjectType(name, description),
                InterfaceTypeDefinitionNode => new GraphQLInterfaceType(name, description),
                UnionTypeDefinitionNode => new GraphQLUnionType(name, description: description),
                EnumTypeDefinitionNode => new GraphQLEnumType(name, description),
                InputObjectTypeDefinitionNode => new GraphQLInputObjectType(name, description),
                _ => throw new ArgumentException($"Unexpected type definition node: {node.Kind}.", nameof(node)),
            };
            type.AstNode = node;
            type.ExtensionAstNodes = ExtensionsOf(name);
            return type;
        }

        private GraphQLScalarType CreateScalar(string name, string? description)
        {
            var implementation = options.ScalarImplementations?.GetValueOrDefault(name)
                ?? Scalars.Custom.FirstOrDefault(s => s.Name == name);
            return implementation is null
                ? new GraphQLScalarType(name, description)
                : new BoundScalarType(name, implementation, description);
        }

        // PossibleTypeExtensionsRule: an extension must extend a defined type of the same kind.
        private void CheckExtensionTargets()
        {
            foreach (var (name, extensions) in _typeExtensions)
            {
                foreach (var extension in extensions)
                {
                    if (!_typeDefs.TryGetValue(name, out var definition))
                    {
                        var suggestions = SuggestionList.Suggest(name, _typeDefs.Keys);
                        Report($"Cannot extend type \"{name}\" because it is not defined." + DidYouMean.Format(suggestions), extension.Name);
                        continue;
                    }

                    var expected = definition switch
                    {
                        ScalarTypeDefinitionNode => typeof(ScalarTypeExtensionNode),
                        ObjectTypeDefinitionNode => typeof(ObjectTypeExtensionNode),
                        InterfaceTypeDefinitionNode => typeof(InterfaceTypeExtensionNode),
                        UnionTypeDefinitionNode => typeof(UnionTypeExtensionNode),
                        EnumTypeDefinitionNode => typeof(EnumTypeExtensionNode),
                        _ => typeof(InputObjectTypeExtensionNode),
                    };
                    if (extension.GetType() != expected)
                    {
                        var kindStr = extension switch
                        {
                            ScalarTypeExtensionNode => "scalar",
                            ObjectTypeExtensionNode => "object",
                            InterfaceTypeExtensionNode => "interface",
                            UnionTypeExtensionNode => "union",
                            EnumTypeExtensionNode => "enum",
                            _ => "input object",
                        };
                        Report($"Cannot extend non-{kindStr} type \"{name}\".", definition, extension);
                    }
                }
            }
        }

        private void PopulateType(GraphQLNamedType type, TypeDefinitionNode definition)
        {
            var extensions = ExtensionsOf(type.Name).Where(e => SameKind(definition, e)).ToList();
            switch (type)
            {
                case GraphQLScalarType scalar:
                    CheckDirectives(definition.Directives, DirectiveLocation.Scalar);
                    scalar.SpecifiedByUrl = GetSpecifiedByUrl(definition.Directives);
                    foreach (var extension in extensions)
                    {
                        CheckDirectives(extension.Directives, DirectiveLocation.Scalar);
                        scalar.SpecifiedByUrl = GetSpecifiedByUrl(extension.Directives) ?? scalar.SpecifiedByUrl;
                    }

                    break;
                case GraphQLComplexType complex:
                    var location = complex is GraphQLObjectType ? DirectiveLocation.Object : DirectiveLocation.Interface;
                    CheckDirectives(definition.Directives, location);
                    extensions.ForEach(e => CheckDirectives(e.Directives, location));
                    var allInterfaces = InterfacesOf(definition).Concat(extensions.SelectMany(InterfacesOf));
                    foreach (var named in allInterfaces)
                    {
                        var ifaceType = LookupNamedType(named);
                        if (ifaceType is GraphQLInterfaceType iface)
                        {
                            complex.AddInterface(iface);
                        }
                        else if (ifaceType is not null)
                        {
                            Report($"Type {complex.Name} must only implement Interface types, it cannot implement {ifaceType.Name}.", named);
                        }
                    }

                    foreach (var fieldNode in FieldsOf(definition).Concat(extensions.SelectMany(FieldsOf)))
                    {
                        if (complex.GetField(fieldNode.Name.Value) is not null)
                        {
                            Report($"Field \"{complex.Name}.{fieldNode.Name.Value}\" can only be defined once.", fieldNode.Name);
                            continue;
                        }

                        if (BuildField(complex.Name, fieldNode) is { } field)
                        {
                            complex.AddField(field);
                        }
                    }

                    break;
                case GraphQLUnionType union:
                    CheckDirectives(definition.Directives, DirectiveLocation.Union);
                    extensions.ForEach(e => CheckDirectives(e.Directives, DirectiveLocation.Union));
                    var members = ((UnionTypeDefinitionNode)definition).Types
                        .Concat(extensions.SelectMany(e => ((UnionTypeExtensionNode)e).Types));
                    foreach (var named in members)
                    {
                        var memberType = LookupNamedType(named);
                        if (memberType is GraphQLObjectType objectType)
                        {
                            union.AddType(objectType);
                        }
                        else if (memberType is not null)
                        {
                            Report($"Union type {union.Name} can only include Object types, it cannot include {memberType.Name}.", named);
                        }
                    }

                    break;
                case GraphQLEnumType enumType:
                    CheckDirectives(definition.Directives, DirectiveLocation.Enum);
                    extensions.ForEach(e => CheckDirectives(e.Directives, DirectiveLocation.Enum));
                    var values = ((EnumTypeDefinitionNode)definition).Values
                        .Concat(extensions.SelectMany(e => ((EnumTypeExtensionNode)e).Values));
                    foreach (var valueNode in values)
                    {
                        var valueName = valueNode.Name.Value;
                        if (enumType.GetValue(valueName) is not null)
                        {
                            Report($"Enum value \"{enumType.Name}.{valueName}\" can only be defined once.", valueNode.Name);
                            continue;
                        }

                        if (valueName is "true" or "false" or "null")
                        {
                            Report($"Enum values cannot be named: {valueName}", valueNode.Name);
                            continue;
                        }

                        CheckDirectives(valueNode.Directives, DirectiveLocation.EnumValue);
                        object internalValue = valueName;
                        if (options.EnumBindings?.GetValueOrDefault(enumType.Name) is { } clrEnum)
                        {
                            if (EnumNameMapping.FindMember(clrEnum, valueName) is { } member)
                            {
                                internalValue = member;
                            }
                            else
                            {
                                Report($"Enum value \"{enumType.Name}.{valueName}\" has no member in CLR enum {clrEnum.FullName} (BindEnum).", valueNode.Name);
                            }
                        }

                        enumType.AddValue(new GraphQLEnumValue(valueName, internalValue, valueNode.Description?.Value)
                        {
                            DeprecationReason = GetDeprecationReason(valueNode.Directives),
                            AstNode = valueNode,
                        });
                    }

                    break;
                case GraphQLInputObjectType inputObject:
                    CheckDirectives(definition.Directives, DirectiveLocation.InputObject);
                    extensions.ForEach(e => CheckDirectives(e.Directives, DirectiveLocation.InputObject));
                    inputObject.IsOneOf = HasDirective(definition.Directives, SpecifiedDirectives.OneOf.Name)
                        || extensions.Any(e => HasDirective(e.Directives, SpecifiedDirectives.OneOf.Name));
                    var fields = ((InputObjectTypeDefinitionNode)definition).Fields
                        .Concat(extensions.SelectMany(e => ((InputObjectTypeExtensionNode)e).Fields));
                    foreach (var fieldNode in fields)
                    {
                        if (inputObject.GetField(fieldNode.Name.Value) is not null)
                        {
                            Report($"Field \"{inputObject.Name}.{fieldNode.Name.Value}\" can only be defined once.", fieldNode.Name);
                            continue;
                        }

                        var fieldType = BuildTypeReference(fieldNode.Type);
                        if (fieldType is null)
                        {
                            continue;
                        }

                        CheckDirectives(fieldNode.Directives, DirectiveLocation.InputFieldDefinition);
                        var field = new GraphQLInputField(fieldNode.Name.Value, fieldType, fieldNode.Description?.Value)
                        {
                            DeprecationReason = GetDeprecationReason(fieldNode.Directives),
                            AstNode = fieldNode,
                        };
                        if (fieldNode.DefaultValue is not null)
                        {
                            _pendingInputFieldDefaults[field] = (fieldNode, $"Input field \"{inputObject.Name}.{field.Name}\"");
                        }

                        inputObject.AddField(field);
                    }

                    break;
            }
        }

        private static bool SameKind(TypeDefinitionNode definition, TypeExtensionNode extension) => (definition, extension) switch
        {
            (ScalarTypeDefinitionNode, ScalarTypeExtensionNode) => true,
            (ObjectTypeDefinitionNode, ObjectTypeExtensionNode) => true,
            (InterfaceTypeDefinitionNode, InterfaceTypeExtensionNode) => true,
            (UnionTypeDefinitionNode, UnionTypeExtensionNode) => true,
            (EnumTypeDefinitionNode, EnumTypeExtensionNode) => true,
            (InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode) => true,
            _ => false,
        };

        private static IReadOnlyList<NamedTypeNode> InterfacesOf(Node node) => node switch
        {
            ObjectTypeDefinitionNode n => n.Interfaces,
            InterfaceTypeDefinitionNode n => n.Interfaces,
            ObjectTypeExtensionNode n => n.Interfaces,
            InterfaceTypeExtensionNode n => n.Interfaces,
            _ => [],
        };

        private static IReadOnlyList<FieldDefinitionNode> FieldsOf(Node node) => node switch
        {
            ObjectTypeDefinitionNode n => n.Fields,
            InterfaceTypeDefinitionNode n => n.Fields,
            ObjectTypeExtensionNode n => n.Fields,
            InterfaceTypeExtensionNode n => n.Fields,
            _ => [],
        };

        private GraphQLField? BuildField(string typeName, FieldDefinitionNode node)
        {
            var type = BuildTypeReference(node.Type);
            if (type is null)
            {
                return null;
            }

            CheckDirectives(node.Directives, DirectiveLocation.FieldDefinition);
            var field = new GraphQLField(node.Name.Value, type, description: node.Description?.Value)
            {
                DeprecationReason = GetDeprecationReason(node.Directives),
                AstNode = node,
            };
            foreach (var argNode in node.Arguments)
            {
                if (field.GetArgument(argNode.Name.Value) is not null)
                {
                    Report($"Argument \"{typeName}.{field.Name}({argNode.Name.Value}:)\" can only be defined once.", argNode.Name);
                    continue;
                }

                if (BuildArgument(argNode, $"{typeName}.{field.Name}") is { } arg)
                {
                    field.AddArgument(arg);
                }
            }

            return field;
        }

        private GraphQLArgument? BuildArgument(InputValueDefinitionNode node, string parentCoordinate)
        {
            var type = BuildTypeReference(node.Type);
            if (type is null)
            {
                return null;
            }

            CheckDirectives(node.Directives, DirectiveLocation.ArgumentDefinition);
            var arg = new GraphQLArgument(node.Name.Value, type, node.Description?.Value)
            {
                DeprecationReason = GetDeprecationReason(node.Directives),
                AstNode = node,
            };
            if (node.DefaultValue is not null)
            {
                _pendingDefaults.Add((arg, node, $"Argument \"{parentCoordinate}({arg.Name}:)\""));
            }

            return arg;
        }

        private GraphQLDirective BuildDirective(DirectiveDefinitionNode node)
        {
            var locations = new List<DirectiveLocation>();
            foreach (var locationNode in node.Locations)
            {
                if (DirectiveLocationNames.TryParse(locationNode.Value, out var location))
                {
                    locations.Add(location);
                }
                else
                {
                    Report($"Unexpected directive location \"{locationNode.Value}\".", locationNode);
                }
            }

            return new GraphQLDirective(node.Name.Value, locations, node.Description?.Value, node.Repeatable) { AstNode = node };
        }

        private IGraphQLType? BuildTypeReference(TypeNode node) => node switch
        {
            ListTypeNode list => BuildTypeReference(list.Type) is { } itemType ? new GraphQLList(itemType) : null,
            NonNullTypeNode nonNull => BuildTypeReference(nonNull.Type) is { } innerType ? new GraphQLNonNull(innerType) : null,
            NamedTypeNode named => LookupNamedType(named),
            _ => null,
        };

        private GraphQLNamedType? LookupNamedType(NamedTypeNode node)
        {
            var name = node.Name.Value;
            var type = StandardType(name) ?? _typeMap.GetValueOrDefault(name);
            if (type is null)
            {
                var candidates = _typeMap.Keys.Concat(Scalars.Specified.Select(s => s.Name)).Distinct();
                Report($"Unknown type \"{name}\"." + DidYouMean.Format(SuggestionList.Suggest(name, candidates)), node);
            }

            return type;
        }

        private (GraphQLObjectType? Query, GraphQLObjectType? Mutation, GraphQLObjectType? Subscription) BuildRootTypes(
            SchemaDefinitionNode? schemaDef, List<SchemaExtensionNode> schemaExtensions)
        {
            var operationTypeNodes = (schemaDef?.OperationTypes ?? []).Concat(schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
            // Without a schema definition, types named Query, Mutation and Subscription are the roots;
            // `extend schema` may add or replace roots either way.
            var roots = new Dictionary<OperationType, GraphQLObjectType>();
            if (schemaDef is null)
            {
                foreach (var operation in (OperationType[])[OperationType.Query, OperationType.Mutation, OperationType.Subscription])
                {
                    var keyword = operation.ToKeyword();
                    if (_typeMap.GetValueOrDefault(char.ToUpperInvariant(keyword[0]) + keyword[1..]) is GraphQLObjectType byName)
                    {
                        roots[operation] = byName;
                    }
                }
            }

            var seen = new Dictionary<OperationType, OperationTypeDefinitionNode>();
            foreach (var node in operationTypeNodes)
            {
                var keyword = node.Operation.ToKeyword();
                if (seen.TryGetValue(node.Operation, out var previous))
                {
                    Report($"There can be only one {keyword} type in schema.", previous, node);
                    continue;
                }

                seen[node.Operation] = node;
                var type = LookupNamedType(node.Type);
                if (type is GraphQLObjectType objectType)
                {
                    roots[node.Operation] = objectType;
                }
                else if (type is not null)
                {
                    var rootName = char.ToUpperInvariant(keyword[0]) + keyword[1..];
                    var qualifier = node.Operation == OperationType.Query ? string.Empty : " if provided";
                    Report($"{rootName} root type must be Object type{qualifier}, it cannot be {type.Name}.", node.Type);
                }
            }

            return (
                roots.GetValueOrDefault(OperationType.Query),
                roots.GetValueOrDefault(OperationType.Mutation),
                roots.GetValueOrDefault(OperationType.Subscription));
        }

        private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name) =>
            directives.Any(d => d.Name.Value == name);

        private string? GetDeprecationReason(IReadOnlyList<DirectiveNode> directives)
        {
            var node = directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.Deprecated.Name);
            if (node is null)
            {
                return null;
            }

            var values = GetDirectiveValues(node);
            return values.TryGetValue("reason", out var reason) ? reason as string : SpecifiedDirectives.DefaultDeprecationReason;
        }

        private string? GetSpecifiedByUrl(IReadOnlyList<DirectiveNode> directives)
        {
            var node = directives.FirstOrDefault(d => d.Name.Value == SpecifiedDirectives.SpecifiedBy.Name);
            return node is null ? null : GetDirectiveValues(node).GetValueOrDefault("url") as string;
        }

        // graphql-js getDirectiveValues: coerced arguments with defaults applied.
        private Dictionary<string, object?> GetDirectiveValues(DirectiveNode node)
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (!_directives.TryGetValue(node.Name.Value, out var directive))
            {
                return result;
            }

            foreach (var arg in directive.Args)
            {
                var argNode = node.Arguments.FirstOrDefault(a => a.Name.Value == arg.Name);
                if (argNode is null)
                {
                    if (arg.HasDefaultValue)
                    {
                        result[arg.Name] = arg.DefaultValue;
                    }

                    continue;
                }

                var value = ValueFromAst.Convert(argNode.Value, arg.Type);
                if (value is not Undefined)
                {
                    result[arg.Name] = value;
                }
            }

            return result;
        }

        // KnownDirectives, UniqueDirectivesPerLocation, KnownArgumentNamesOnDirectives,
        // ProvidedRequiredArgumentsOnDirectives and literal validity, for SDL.
        private void CheckDirectives(IReadOnlyList<DirectiveNode> nodes, DirectiveLocation location)
        {
            if (nodes.Count != 0)
            {
                _pendingDirectiveChecks.Add((nodes, location));
            }
        }

        private void CheckDirectivesNow(IReadOnlyList<DirectiveNode> nodes, DirectiveLocation location)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                var name = node.Name.Value;
                if (!_directives.TryGetValue(name, out var directive))
                {
                    Report($"Unknown directive \"@{name}\".", node);
                    continue;
                }

                if (!directive.Locations.Contains(location))
                {
                    Report($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", node);
                }

                if (!directive.IsRepeatable && !used.Add(name))
                {
                    Report($"The directive \"@{name}\" can only be used once at this location.", node);
                }

                foreach (var argNode in node.Arguments)
                {
                    var arg = directive.GetArgument(argNode.Name.Value);
                    if (arg is null)
                    {
                        var suggestions = SuggestionList.Suggest(argNode.Name.Value, directive.Args.Select(a => a.Name));
                        Report($"Unknown argument \"{argNode.Name.Value}\" on directive \"@{name}\"." + DidYouMean.Format(suggestions), argNode);
                    }
                    else if (ValueFromAst.Convert(argNode.Value, arg.Type) is Undefined)
                    {
                        Report($"Argument \"@{name}({arg.Name}:)\" has invalid value {Printer.Print(argNode.Value)}.", argNode.Value);
                    }
                }

                foreach (var arg in directive.Args)
                {
                    if (arg.IsRequired() && node.Arguments.All(a => a.Name.Value != arg.Name))
                    {
                        Report($"Argument \"@{name}({arg.Name}:)\" of type \"{arg.Type}\" is required, but it was not provided.", node);
                    }
                }
            }
        }
    }
}
