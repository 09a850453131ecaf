using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;

namespace FactorHub.GraphQL.Tests.Validation;

public sealed class TypeComparatorsTests
{
    private static GraphQLSchema Schema => TestSchema.Schema;

    private static GraphQLNamedType Type(string name) => Schema.GetType(name)!;

    [Fact]
    public void EqualTypesHaveTheSameWrappers()
    {
        Assert.True(TypeComparators.IsEqualType(Type("Int"), Type("Int")));
        Assert.True(TypeComparators.IsEqualType(new GraphQLList(new GraphQLNonNull(Type("Int"))), new GraphQLList(new GraphQLNonNull(Type("Int")))));
        Assert.False(TypeComparators.IsEqualType(Type("Int"), Type("Float")));
        Assert.False(TypeComparators.IsEqualType(new GraphQLList(Type("Int")), Type("Int")));
        Assert.False(TypeComparators.IsEqualType(new GraphQLNonNull(Type("Int")), Type("Int")));
    }

    [Fact]
    public void NonNullIsASubTypeOfNullableButNotTheReverse()
    {
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, new GraphQLNonNull(Type("Int")), Type("Int")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, Type("Int"), new GraphQLNonNull(Type("Int"))));
    }

    [Fact]
    public void ListsMustMatchListsItemwise()
    {
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, new GraphQLList(new GraphQLNonNull(Type("String"))), new GraphQLList(Type("String"))));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, new GraphQLList(Type("String")), new GraphQLList(new GraphQLNonNull(Type("String")))));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, new GraphQLList(Type("String")), Type("String")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, Type("String"), new GraphQLList(Type("String"))));
    }

    [Fact]
    public void ObjectsAndInterfacesAreSubTypesOfTheAbstractTypesTheyBelongTo()
    {
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, Type("Dog"), Type("Pet")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, Type("Dog"), Type("CatOrDog")));
        Assert.True(TypeComparators.IsTypeSubTypeOf(Schema, Type("Canine"), Type("Mammal")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, Type("Human"), Type("Pet")));
        Assert.False(TypeComparators.IsTypeSubTypeOf(Schema, Type("Pet"), Type("Dog")));
    }

    [Fact]
    public void TypesOverlapWhenSomeObjectCanBeBoth()
    {
        Assert.True(TypeComparators.DoTypesOverlap(Schema, Type("Dog"), Type("Dog")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, Type("Pet"), Type("CatOrDog")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, Type("Pet"), Type("Cat")));
        Assert.True(TypeComparators.DoTypesOverlap(Schema, Type("Dog"), Type("Canine")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, Type("Dog"), Type("Cat")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, Type("Human"), Type("Pet")));
        Assert.False(TypeComparators.DoTypesOverlap(Schema, Type("CatOrDog"), Type("Human")));
    }
}
