using FactorHub.GraphQL.Language;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Validation;

/// <summary>Creates one rule instance for one validation run (rules keep per-document state).</summary>
public delegate ValidationRule ValidationRuleFactory(ValidationContext context);

/// <summary>
/// Base class of a validation rule: the C# counterpart of a graphql-js rule's visitor.
/// A rule overrides the enter/leave hooks for the node kinds it inspects; the
/// <see cref="Validator"/> walks the document once and calls only the hooks a rule overrides,
/// with <see cref="ValidationContext.TypeInfo"/> positioned on the node.
/// </summary>
/// <remarks>
/// Hooks are called in graphql-js visiting order (field: arguments, directives, selection set;
/// variable definition: type, default value, directives). Type-system definitions are not walked:
/// an executable document containing them is already invalid (Executable Definitions).
/// </remarks>
public abstract class ValidationRule
{
    private bool _skipRequested;

    protected ValidationRule(ValidationContext context)
    {
        Context = context;
    }

    protected ValidationContext Context { get; }

    /// <summary>
    /// Called from an enter hook: this rule receives no hooks for the node's descendants and no
    /// leave hook for the node itself (graphql-js: an enter function returning <c>false</c>).
    /// Other rules are not affected.
    /// </summary>
    protected void SkipChildren() => _skipRequested = true;

    internal bool TakeSkipRequest()
    {
        var requested = _skipRequested;
        _skipRequested = false;
        return requested;
    }

    public virtual void EnterDocument(DocumentNode node)
    {
    }

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual void EnterOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual void EnterFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node)
    {
    }

    public virtual void EnterVariableDefinition(VariableDefinitionNode node)
    {
    }

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node)
    {
    }

    /// <summary>A named type reference: a variable's (unwrapped) type or a type condition.</summary>
    public virtual void EnterNamedType(NamedTypeNode node)
    {
    }

    /// <param name="node">The selection set.</param>
    /// <param name="parent">The operation, fragment definition, field or inline fragment owning it.</param>
    public virtual void EnterSelectionSet(SelectionSetNode node, Node parent)
    {
    }

    public virtual void LeaveSelectionSet(SelectionSetNode node, Node parent)
    {
    }

    public virtual void EnterField(FieldNode node)
    {
    }

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual void EnterFragmentSpread(FragmentSpreadNode node)
    {
    }

    public virtual void EnterInlineFragment(InlineFragmentNode node)
    {
    }

    public virtual void LeaveInlineFragment(InlineFragmentNode node)
    {
    }

    /// <summary>Called once per node carrying a non-empty directive list, before its directives are visited.</summary>
    public virtual void EnterDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
    }

    /// <param name="node">The directive.</param>
    /// <param name="location">The location of the node the directive is applied to.</param>
    public virtual void EnterDirective(DirectiveNode node, DirectiveLocation location)
    {
    }

    public virtual void LeaveDirective(DirectiveNode node, DirectiveLocation location)
    {
    }

    /// <summary>A field or directive argument.</summary>
    public virtual void EnterArgument(ArgumentNode node)
    {
    }

    public virtual void LeaveArgument(ArgumentNode node)
    {
    }

    /// <summary>A variable in a value position (not the variable of a variable definition).</summary>
    public virtual void EnterVariable(VariableNode node)
    {
    }

    /// <summary>An Int, Float, String, Boolean or Enum literal.</summary>
    public virtual void EnterScalarValue(ValueNode node)
    {
    }

    public virtual void EnterNullValue(NullValueNode node)
    {
    }

    public virtual void EnterListValue(ListValueNode node)
    {
    }

    public virtual void LeaveListValue(ListValueNode node)
    {
    }

    public virtual void EnterObjectValue(ObjectValueNode node)
    {
    }

    public virtual void LeaveObjectValue(ObjectValueNode node)
    {
    }

    public virtual void EnterObjectField(ObjectFieldNode node)
    {
    }

    public virtual void LeaveObjectField(ObjectFieldNode node)
    {
    }
}
