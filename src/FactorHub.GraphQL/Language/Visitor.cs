using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Language;

/// <summary>
/// Depth-first AST traversal with enter/leave callbacks, skip, break and edits (graphql-js visit()).
/// Children are visited in graphql-js QueryDocumentKeys order. The AST is immutable: edits produce new
/// parent nodes along the edited path and share everything else; without edits the original root is returned
/// and nothing is allocated besides one context.
/// </summary>
public static class Visitor
{
    /// <summary>
    /// Visits <paramref name="root"/> and returns the resulting AST: the same instance when no visitor edited it,
    /// an edited copy otherwise, or null when the root itself was removed.
    /// </summary>
    public static Node? Visit(Node root, IAstVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        var walker = new Walker(visitor);
        return walker.Traverse(root);
    }

    /// <summary>Visits a document; returns the (possibly edited) document.</summary>
    public static DocumentNode Visit(DocumentNode root, IAstVisitor visitor) =>
        Visit((Node)root, visitor) as DocumentNode
        ?? throw new InvalidOperationException("A visitor removed or replaced the document root with a non-document node.");

    private sealed class Walker(IAstVisitor visitor)
    {
        private readonly VisitorContext _context = new();
        private bool _broken;

        /// <summary>Visits one node; returns it, its replacement, or null when removed.</summary>
        public Node? Traverse(Node node)
        {
            var result = visitor.Enter(node, _context);
            switch (result.Kind)
            {
                case VisitorActionKind.Skip:
                    return node;
                case VisitorActionKind.Break:
                    _broken = true;
                    return node;
                case VisitorActionKind.Remove:
                    return null;
                case VisitorActionKind.Replace:
                    node = result.Node!;
                    break;
            }

            _context.Push(node);
            node = VisitChildren(node);
            _context.Pop();

            if (_broken)
            {
                return node;
            }

            result = visitor.Leave(node, _context);
            switch (result.Kind)
            {
                case VisitorActionKind.Break:
                    _broken = true;
                    return node;
                case VisitorActionKind.Remove:
                    return null;
                case VisitorActionKind.Replace:
                    return result.Node;
                default:
                    return node;
            }
        }

        private T? Optional<T>(T? child, ref bool changed)
            where T : Node
        {
            if (child is null || _broken)
            {
                return child;
            }
            var visited = Traverse(child);
            if (ReferenceEquals(visited, child))
            {
                return child;
            }
            changed = true;
            return visited is null ? null : Cast<T>(visited);
        }

        private T Required<T>(T child, Node parent, ref bool changed)
            where T : Node
        {
            if (_broken)
            {
                return child;
            }
            var visited = Traverse(child);
            if (ReferenceEquals(visited, child))
            {
                return child;
            }
            if (visited is null)
            {
                throw new InvalidOperationException(
                    "A visitor removed a required " + child.Kind + " child of a " + parent.Kind + " node.");
            }
            changed = true;
            return Cast<T>(visited);
        }

        private IReadOnlyList<T> List<T>(IReadOnlyList<T> children, ref bool changed)
            where T : Node
        {
            List<T>? edited = null;
            for (var i = 0; i < children.Count; i++)
            {
                var child = children[i];
                var visited = _broken ? child : Traverse(child);
                if (edited is null)
                {
                    if (ReferenceEquals(visited, child))
                    {
                        continue;
                    }
                    // First edit in this list: copy what came before.
                    edited = new List<T>(children.Count);
                    for (var j = 0; j < i; j++)
                    {
                        edited.Add(children[j]);
                    }
                }
                if (visited is not null)
                {
                    edited.Add(Cast<T>(visited));
                }
            }
            if (edited is null)
            {
                return children;
            }
            changed = true;
            return edited;
        }

        private static T Cast<T>(Node node)
            where T : Node =>
            node as T ?? throw new InvalidOperationException(
                "A visitor replaced a node with a " + node.Kind + " node where a " + typeof(T).Name + " is required.");

        /// <summary>Visits the children of <paramref name="node"/>; rebuilds the node only if a child changed.</summary>
        private Node VisitChildren(Node node)
        {
            var changed = false;
            // Switching on Kind is a jump table; a type-pattern switch would test the cases one by one.
            switch (node.Kind)
            {
                case NodeKind.Document:
                {
                    var n = (DocumentNode)node;
                    var definitions = List(n.Definitions, ref changed);
                    return changed ? new DocumentNode { Definitions = definitions, TokenCount = n.TokenCount, Loc = n.Loc } : n;
                }
                case NodeKind.OperationDefinition:
                {
                    var n = (OperationDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Optional(n.Name, ref changed);
                    var variableDefinitions = List(n.VariableDefinitions, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var selectionSet = Required(n.SelectionSet, n, ref changed);
                    return changed
                        ? new OperationDefinitionNode
                        {
                            Description = description,
                            Operation = n.Operation,
                            Name = name,
                            VariableDefinitions = variableDefinitions,
                            Directives = directives,
                            SelectionSet = selectionSet,
                            Loc = n.Loc,
                        }
                        : n;
                }
                case NodeKind.VariableDefinition:
                {
                    var n = (VariableDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var variable = Required(n.Variable, n, ref changed);
                    var type = Required(n.Type, n, ref changed);
                    var defaultValue = Optional(n.DefaultValue, ref changed);
                    var directives = List(n.Directives, ref changed);
                    return changed
                        ? new VariableDefinitionNode
                        {
                            Description = description,
                            Variable = variable,
                            Type = type,
                            DefaultValue = defaultValue,
                            Directives = directives,
                            Loc = n.Loc,
                        }
                        : n;
                }
                case NodeKind.Variable:
                {
                    var n = (VariableNode)node;
                    var name = Required(n.Name, n, ref changed);
                    return changed ? new VariableNode { Name = name, Loc = n.Loc } : n;
                }
                case NodeKind.SelectionSet:
                {
                    var n = (SelectionSetNode)node;
                    var selections = List(n.Selections, ref changed);
                    return changed ? new SelectionSetNode { Selections = selections, Loc = n.Loc } : n;
                }
                case NodeKind.Field:
                {
                    var n = (FieldNode)node;
                    var alias = Optional(n.Alias, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var arguments = List(n.Arguments, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var selectionSet = Optional(n.SelectionSet, ref changed);
                    return changed
                        ? new FieldNode
                        {
                            Alias = alias,
                            Name = name,
                            Arguments = arguments,
                            Directives = directives,
                            SelectionSet = selectionSet,
                            Loc = n.Loc,
                        }
                        : n;
                }
                case NodeKind.Argument:
                {
                    var n = (ArgumentNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var value = Required(n.Value, n, ref changed);
                    return changed ? new ArgumentNode { Name = name, Value = value, Loc = n.Loc } : n;
                }
                case NodeKind.FragmentSpread:
                {
                    var n = (FragmentSpreadNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    return changed ? new FragmentSpreadNode { Name = name, Directives = directives, Loc = n.Loc } : n;
                }
                case NodeKind.InlineFragment:
                {
                    var n = (InlineFragmentNode)node;
                    var typeCondition = Optional(n.TypeCondition, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var selectionSet = Required(n.SelectionSet, n, ref changed);
                    return changed
                        ? new InlineFragmentNode { TypeCondition = typeCondition, Directives = directives, SelectionSet = selectionSet, Loc = n.Loc }
                        : n;
                }
                case NodeKind.FragmentDefinition:
                {
                    var n = (FragmentDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var typeCondition = Required(n.TypeCondition, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var selectionSet = Required(n.SelectionSet, n, ref changed);
                    return changed
                        ? new FragmentDefinitionNode
                        {
                            Description = description,
                            Name = name,
                            TypeCondition = typeCondition,
                            Directives = directives,
                            SelectionSet = selectionSet,
                            Loc = n.Loc,
                        }
                        : n;
                }
                case NodeKind.ListValue:
                {
                    var n = (ListValueNode)node;
                    var values = List(n.Values, ref changed);
                    return changed ? new ListValueNode { Values = values, Loc = n.Loc } : n;
                }
                case NodeKind.ObjectValue:
                {
                    var n = (ObjectValueNode)node;
                    var fields = List(n.Fields, ref changed);
                    return changed ? new ObjectValueNode { Fields = fields, Loc = n.Loc } : n;
                }
                case NodeKind.ObjectField:
                {
                    var n = (ObjectFieldNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var value = Required(n.Value, n, ref changed);
                    return changed ? new ObjectFieldNode { Name = name, Value = value, Loc = n.Loc } : n;
                }
                case NodeKind.Directive:
                {
                    var n = (DirectiveNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var arguments = List(n.Arguments, ref changed);
                    return changed ? new DirectiveNode { Name = name, Arguments = arguments, Loc = n.Loc } : n;
                }
                case NodeKind.NamedType:
                {
                    var n = (NamedTypeNode)node;
                    var name = Required(n.Name, n, ref changed);
                    return changed ? new NamedTypeNode { Name = name, Loc = n.Loc } : n;
                }
                case NodeKind.ListType:
                {
                    var n = (ListTypeNode)node;
                    var type = Required(n.Type, n, ref changed);
                    return changed ? new ListTypeNode { Type = type, Loc = n.Loc } : n;
                }
                case NodeKind.NonNullType:
                {
                    var n = (NonNullTypeNode)node;
                    var type = Required(n.Type, n, ref changed);
                    return changed ? new NonNullTypeNode { Type = type, Loc = n.Loc } : n;
                }
                case NodeKind.SchemaDefinition:
                {
                    var n = (SchemaDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var operationTypes = List(n.OperationTypes, ref changed);
                    return changed
                        ? new SchemaDefinitionNode { Description = description, Directives = directives, OperationTypes = operationTypes, Loc = n.Loc }
                        : n;
                }
                case NodeKind.OperationTypeDefinition:
                {
                    var n = (OperationTypeDefinitionNode)node;
                    var type = Required(n.Type, n, ref changed);
                    return changed ? new OperationTypeDefinitionNode { Operation = n.Operation, Type = type, Loc = n.Loc } : n;
                }
                case NodeKind.ScalarTypeDefinition:
                {
                    var n = (ScalarTypeDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    return changed
                        ? new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Loc = n.Loc }
                        : n;
                }
                case NodeKind.ObjectTypeDefinition:
                {
                    var n = (ObjectTypeDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var interfaces = List(n.Interfaces, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var fields = List(n.Fields, ref changed);
                    return changed
                        ? new ObjectTypeDefinitionNode
                        {
                            Description = description,
                            Name = name,
                            Interfaces = interfaces,
                            Directives = directives,
                            Fields = fields,
                            Loc = n.Loc,
                        }
                        : n;
                }
                case NodeKind.FieldDefinition:
                {
                    var n = (FieldDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var arguments = List(n.Arguments, ref changed);
                    var type = Required(n.Type, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    return changed
                        ? new FieldDefinitionNode
                        {
                            Description = description,
                            Name = name,
                            Arguments = arguments,
                            Type = type,
                            Directives = directives,
                            Loc = n.Loc,
                        }
                        : n;
                }
                case NodeKind.InputValueDefinition:
                {
                    var n = (InputValueDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var type = Required(n.Type, n, ref changed);
                    var defaultValue = Optional(n.DefaultValue, ref changed);
                    var directives = List(n.Directives, ref changed);
                    return changed
                        ? new InputValueDefinitionNode
                        {
                            Description = description,
                            Name = name,
                            Type = type,
                            DefaultValue = defaultValue,
                            Directives = directives,
                            Loc = n.Loc,
                        }
                        : n;
                }
                case NodeKind.InterfaceTypeDefinition:
                {
                    var n = (InterfaceTypeDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var interfaces = List(n.Interfaces, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var fields = List(n.Fields, ref changed);
                    return changed
                        ? new InterfaceTypeDefinitionNode
                        {
                            Description = description,
                            Name = name,
                            Interfaces = interfaces,
                            Directives = directives,
                            Fields = fields,
                            Loc = n.Loc,
                        }
                        : n;
                }
                case NodeKind.UnionTypeDefinition:
                {
                    var n = (UnionTypeDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var types = List(n.Types, ref changed);
                    return changed
                        ? new UnionTypeDefinitionNode { Description = description, Name = name, Directives = directives, Types = types, Loc = n.Loc }
                        : n;
                }
                case NodeKind.EnumTypeDefinition:
                {
                    var n = (EnumTypeDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var values = List(n.Values, ref changed);
                    return changed
                        ? new EnumTypeDefinitionNode { Description = description, Name = name, Directives = directives, Values = values, Loc = n.Loc }
                        : n;
                }
                case NodeKind.EnumValueDefinition:
                {
                    var n = (EnumValueDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    return changed
                        ? new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Loc = n.Loc }
                        : n;
                }
                case NodeKind.InputObjectTypeDefinition:
                {
                    var n = (InputObjectTypeDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var fields = List(n.Fields, ref changed);
                    return changed
                        ? new InputObjectTypeDefinitionNode { Description = description, Name = name, Directives = directives, Fields = fields, Loc = n.Loc }
                        : n;
                }
                case NodeKind.DirectiveDefinition:
                {
                    var n = (DirectiveDefinitionNode)node;
                    var description = Optional(n.Description, ref changed);
                    var name = Required(n.Name, n, ref changed);
                    var arguments = List(n.Arguments, ref changed);
                    var locations = List(n.Locations, ref changed);
                    return changed
                        ? new DirectiveDefinitionNode
                        {
                            Description = description,
                            Name = name,
                            Arguments = arguments,
                            Repeatable = n.Repeatable,
                            Locations = locations,
                            Loc = n.Loc,
                        }
                        : n;
                }
                case NodeKind.SchemaExtension:
                {
                    var n = (SchemaExtensionNode)node;
                    var directives = List(n.Directives, ref changed);
                    var operationTypes = List(n.OperationTypes, ref changed);
                    return changed ? new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Loc = n.Loc } : n;
                }
                case NodeKind.ScalarTypeExtension:
                {
                    var n = (ScalarTypeExtensionNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    return changed ? new ScalarTypeExtensionNode { Name = name, Directives = directives, Loc = n.Loc } : n;
                }
                case NodeKind.ObjectTypeExtension:
                {
                    var n = (ObjectTypeExtensionNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var interfaces = List(n.Interfaces, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var fields = List(n.Fields, ref changed);
                    return changed
                        ? new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Loc = n.Loc }
                        : n;
                }
                case NodeKind.InterfaceTypeExtension:
                {
                    var n = (InterfaceTypeExtensionNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var interfaces = List(n.Interfaces, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var fields = List(n.Fields, ref changed);
                    return changed
                        ? new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Loc = n.Loc }
                        : n;
                }
                case NodeKind.UnionTypeExtension:
                {
                    var n = (UnionTypeExtensionNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var types = List(n.Types, ref changed);
                    return changed ? new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Loc = n.Loc } : n;
                }
                case NodeKind.EnumTypeExtension:
                {
                    var n = (EnumTypeExtensionNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var values = List(n.Values, ref changed);
                    return changed ? new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Loc = n.Loc } : n;
                }
                case NodeKind.InputObjectTypeExtension:
                {
                    var n = (InputObjectTypeExtensionNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var directives = List(n.Directives, ref changed);
                    var fields = List(n.Fields, ref changed);
                    return changed ? new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Loc = n.Loc } : n;
                }
                case NodeKind.TypeCoordinate:
                {
                    var n = (TypeCoordinateNode)node;
                    var name = Required(n.Name, n, ref changed);
                    return changed ? new TypeCoordinateNode { Name = name, Loc = n.Loc } : n;
                }
                case NodeKind.MemberCoordinate:
                {
                    var n = (MemberCoordinateNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var memberName = Required(n.MemberName, n, ref changed);
                    return changed ? new MemberCoordinateNode { Name = name, MemberName = memberName, Loc = n.Loc } : n;
                }
                case NodeKind.ArgumentCoordinate:
                {
                    var n = (ArgumentCoordinateNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var fieldName = Required(n.FieldName, n, ref changed);
                    var argumentName = Required(n.ArgumentName, n, ref changed);
                    return changed ? new ArgumentCoordinateNode { Name = name, FieldName = fieldName, ArgumentName = argumentName, Loc = n.Loc } : n;
                }
                case NodeKind.DirectiveCoordinate:
                {
                    var n = (DirectiveCoordinateNode)node;
                    var name = Required(n.Name, n, ref changed);
                    return changed ? new DirectiveCoordinateNode { Name = name, Loc = n.Loc } : n;
                }
                case NodeKind.DirectiveArgumentCoordinate:
                {
                    var n = (DirectiveArgumentCoordinateNode)node;
                    var name = Required(n.Name, n, ref changed);
                    var argumentName = Required(n.ArgumentName, n, ref changed);
                    return changed ? new DirectiveArgumentCoordinateNode { Name = name, ArgumentName = argumentName, Loc = n.Loc } : n;
                }
                default:
                    // Leaves: Name, IntValue, FloatValue, StringValue, BooleanValue, NullValue, EnumValue.
                    return node;
            }
        }
    }
}
