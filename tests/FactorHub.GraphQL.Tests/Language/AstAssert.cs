using System.Collections;
using System.Reflection;
using FactorHub.GraphQL.Language.Ast;

namespace FactorHub.GraphQL.Tests.Language;

/// <summary>Structural AST equality for tests: every public property except locations and token counts, recursively.</summary>
internal static class AstAssert
{
    public static void Equal(Node expected, Node actual) => Compare(expected, actual, expected.Kind.ToString());

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }
        if (expected is Node expectedNode)
        {
            var actualNode = Assert.IsAssignableFrom<Node>(actual);
            Assert.True(expectedNode.GetType() == actualNode.GetType(), $"{path}: expected {expectedNode.GetType().Name}, got {actualNode.GetType().Name}");
            foreach (var property in expectedNode.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.Name is nameof(Node.Loc) or nameof(DocumentNode.TokenCount) || property.GetIndexParameters().Length > 0)
                {
                    continue;
                }
                Compare(property.GetValue(expectedNode), property.GetValue(actualNode), path + "." + property.Name);
            }
            return;
        }
        if (expected is IEnumerable expectedList and not string)
        {
            var expectedItems = expectedList.Cast<object?>().ToList();
            var actualItems = Assert.IsAssignableFrom<IEnumerable>(actual).Cast<object?>().ToList();
            Assert.True(expectedItems.Count == actualItems.Count, $"{path}: expected {expectedItems.Count} items, got {actualItems.Count}");
            for (var i = 0; i < expectedItems.Count; i++)
            {
                Compare(expectedItems[i], actualItems[i], $"{path}[{i}]");
            }
            return;
        }
        Assert.True(Equals(expected, actual), $"{path}: expected {expected}, got {actual}");
    }
}
