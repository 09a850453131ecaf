namespace FactorHub.GraphQL.Execution;

/// <summary>
/// A container in the response being built (an object or a list). Each container knows the slot it
/// occupies in its parent and whether that slot is non-null, which is all null propagation needs
/// (§6.4.4 "Handling Execution Errors"): a null in a non-null slot nulls the container itself,
/// climbing until a nullable slot (or the root <c>data</c>) absorbs it. The same links give an error's
/// <c>path</c> without building path objects for every field.
/// </summary>
public abstract class ResultNode
{
    internal ResultNode? Parent;
    internal int IndexInParent;
    internal bool NonNullInParent;

    /// <summary>Set when a null propagated into this container; late results written into it are discarded with it.</summary>
    internal bool IsNulled;

    internal abstract void SetNull(int index);

    internal abstract void Set(int index, object? value);

    internal abstract object PathSegment(int index);

    /// <summary>The response path of the slot <paramref name="index"/> of this container.</summary>
    internal object[] PathOf(int index)
    {
        var depth = 1;
        for (var n = this; n.Parent is not null; n = n.Parent) depth++;
        var segments = new object[depth];
        segments[--depth] = PathSegment(index);
        for (var n = this; n.Parent is not null; n = n.Parent) segments[--depth] = n.Parent.PathSegment(n.IndexInParent);
        return segments;
    }
}
