using FactorHub.GraphQL.Types;
using static FactorHub.GraphQL.Tests.Execution.TestSchema;

namespace FactorHub.GraphQL.Tests.Execution;

/// <summary>§6.4.3 ResolveAbstractType for interfaces and unions (graphql-js execution/abstract-test).</summary>
public class AbstractTypesTests
{
    private sealed record Dog(string Name, bool Woofs);

    private sealed record Cat(string Name, bool Meows);

    private sealed record Human(string Name);

    private static (GraphQLSchema Schema, GraphQLInterfaceType Pet, GraphQLUnionType Union) Build(Func<object, string?>? resolveType = null)
    {
        var pet = new GraphQLInterfaceType("Pet");
        pet.AddField("name", Scalars.String);
        var dog = Object("Dog", Field("name", Scalars.String), Field("woofs", Scalars.Boolean));
        dog.AddInterface(pet);
        dog.ClrType = typeof(Dog);
        var cat = Object("Cat", Field("name", Scalars.String), Field("meows", Scalars.Boolean));
        cat.AddInterface(pet);
        cat.IsTypeOf = (value, _) => value is Cat;
        var human = Object("Human", Field("name", Scalars.String));
        human.ClrType = typeof(Human);
        var union = new GraphQLUnionType("DogOrCat", [dog, cat]);
        if (resolveType is not null) pet.ResolveType = (value, _) => resolveType(value);
        object[] pets = [new Dog("Odie", true), new Cat("Garfield", false)];
        var query = Object("Query",
            Field("pets", List(pet), _ => pets),
            Field("union", List(union), _ => pets),
            Field("maps", List(pet), _ => new object[] { new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex", ["woofs"] = true } }),
            Field("human", pet, _ => new Human("Jon")),
            Field("unknown", pet, _ => new Dictionary<string, object?> { ["__typename"] = "Fish" }),
            Field("unresolvable", pet, _ => "a string"));
        return (new GraphQLSchema(query, types: [dog, cat, human]), pet, union);
    }

    [Fact]
    public async Task Interfaces_resolve_by_bound_clr_type_and_is_type_of()
    {
        var (schema, _, _) = Build();
        var json = await RunAsync(schema, "{ pets { name ... on Dog { woofs } ... on Cat { meows } } }");
        Assert.Equal(Json("{'data':{'pets':[{'name':'Odie','woofs':true},{'name':'Garfield','meows':false}]}}"), json);
    }

    [Fact]
    public async Task Unions_resolve_and_apply_type_conditions()
    {
        var (schema, _, _) = Build();
        var json = await RunAsync(schema, "{ union { __typename ... on Dog { name woofs } ... on Cat { name } } }");
        Assert.Equal(Json("{'data':{'union':[{'__typename':'Dog','name':'Odie','woofs':true},{'__typename':'Cat','name':'Garfield'}]}}"), json);
    }

    [Fact]
    public async Task A_typename_key_in_a_dictionary_selects_the_type()
    {
        var (schema, _, _) = Build();
        Assert.Equal(Json("{'data':{'maps':[{'__typename':'Dog','name':'Rex','woofs':true}]}}"),
            await RunAsync(schema, "{ maps { __typename name ... on Dog { woofs } } }"));
    }

    [Fact]
    public async Task ResolveType_is_used_when_given()
    {
        var (schema, _, _) = Build(value => value is Cat ? "Cat" : null);
        var json = await RunAsync(schema, "{ pets { __typename } }");
        Assert.Equal(Json("""
            {'errors':[{'message':'Abstract type "Pet" must resolve to an Object type at runtime for field "Query.pets". Either the "Pet" type should provide a "resolveType" function or each possible type should provide an "isTypeOf" function.',
              'locations':[{'line':1,'column':3}],'path':['pets',0]}],
             'data':{'pets':[null,{'__typename':'Cat'}]}}
            """), json);
    }

    [Fact]
    public async Task Resolution_errors_use_graphql_js_messages()
    {
        var (schema, _, _) = Build(value => value switch
        {
            Human => "Human",
            IReadOnlyDictionary<string, object?> map => (string?)map["__typename"],
            _ => null,
        });
        var result = await ExecuteAsync(schema, "{ human { name } unknown { name } unresolvable { name } }");
        Assert.Equal(
            [
                "Runtime Object type \"Human\" is not a possible type for \"Pet\".",
                "Abstract type \"Pet\" was resolved to a type \"Fish\" that does not exist inside the schema.",
                "Abstract type \"Pet\" must resolve to an Object type at runtime for field \"Query.unresolvable\". Either the \"Pet\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
            ],
            result.Errors!.Select(e => e.Message));
    }
}
