using System.Globalization;
using FactorHub.Catalog;
using FactorHub.Data;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Execution;
using FactorHub.GraphQL.Http;
using FactorHub.GraphQL.Relay;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;
using FactorHub.Identity;
using FactorHub.Snapshots;

namespace FactorHub.Factors;

/// <summary>
/// Binds <see cref="CatalogueSdl"/> to the snapshot indexes. Every read is answered from the in-memory index of a
/// published snapshot (the argument <c>snapshot</c>, default the latest), so a page of factors with their versions,
/// categories and providers costs no SQL once the index is loaded. Catalogue refusals become field errors carrying
/// their documented <c>extensions.code</c>.
/// </summary>
public sealed class CatalogueSchemaContributor(
    SnapshotIndexRegistry registry,
    FactorValueAccess access,
    FactorResolver resolver,
    ElectricityFactorCalculator electricity) : ISchemaContributor
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public void Contribute(SchemaBuilder builder)
    {
        builder.AddTypeDefs(CatalogueSdl.SharedTypeDefs, "shared.graphql");
        builder.AddTypeDefs(CatalogueSdl.TypeDefs, "catalogue.graphql");
        builder.BindType<PublishedFactor>("Factor")
            .BindType<FactorVersionView>("FactorVersion")
            .BindType<SnapshotInfo>("Snapshot")
            .BindType<CategoryView>("Category")
            .BindType<Grade>("Grade")
            .BindType<Unit>("Unit")
            .BindType<GeographyView>("Geography")
            .BindType<Organisation>("Organisation")
            .BindEnum<SnapshotMemberState>("MembershipState")
            .BindEnum<FactorKind>("FactorKind")
            .BindEnum<GasCoverage>("GasCoverage")
            .BindEnum<GwpSet>("GwpSet")
            .BindEnum<SystemBoundary>("SystemBoundary")
            .BindEnum<SourceType>("SourceType")
            .BindEnum<DqrClass>("DqrClass")
            .BindEnum<UncertaintyDistribution>("UncertaintyDistribution")
            .BindEnum<AccessLevel>("AccessLevel")
            .BindEnum<ElectricityModel>("ElectricityModel")
            .BindEnum<ElectricitySource>("ElectricitySource")
            .BindEnum<UnitDimension>("UnitDimension")
            .BindEnum<GeographyKind>("GeographyKind")
            .BindEnum<OrganisationKind>("OrganisationKind")
            .BindEnum<ElectricityModelChoice>("ElectricityAccountingModel");

        BindQuery(builder);
        BindFactor(builder);
        BindVersion(builder);
        BindReferenceData(builder);
    }

    private void BindQuery(SchemaBuilder builder)
    {
        Bind(builder, "Query", "factor", async ctx =>
        {
            var index = await IndexAsync(ctx);
            var code = ctx.GetArgument<string>("code")!;
            return index.FindByCode(code) ?? throw new CatalogException(CatalogErrorCodes.FactorNotFound,
                $"No factor '{code}' in snapshot {index.Snapshot.Label}.", "code");
        });
        Bind(builder, "Query", "factors", async ctx =>
        {
            var index = await IndexAsync(ctx);
            var filterContext = new FactorFilter.FilterContext(index, access, ctx.User);
            var where = ctx.Arguments.GetValueOrDefault("where") is { } w ? CatalogInput.Object(w, "where") : null;
            var order = ctx.Arguments.GetValueOrDefault("order") is { } o ? CatalogInput.List(o, "order") : null;
            var predicate = FactorFilter.Compile(where, filterContext);
            var ordered = FactorOrder.Apply(index.ActiveFactors.Where(predicate), order, filterContext);
            return new FactorPage(Connection.FromList(ordered, ConnectionArguments.From(ctx), MaxPageSize, DefaultPageSize), index.Snapshot);
        });
        Bind(builder, "Query", "searchFactors", async ctx =>
        {
            var index = await IndexAsync(ctx);
            var filterContext = new FactorFilter.FilterContext(index, access, ctx.User);
            var where = ctx.Arguments.GetValueOrDefault("where") is { } w ? CatalogInput.Object(w, "where") : null;
            var matches = index.SearchIndex.Search(ctx.GetArgument<string>("text")!, FactorFilter.Compile(where, filterContext));
            return new FactorPage(Connection.FromList(matches.Select(m => m.Factor).ToArray(), ConnectionArguments.From(ctx), MaxPageSize, DefaultPageSize),
                index.Snapshot);
        });
        Bind(builder, "Query", "resolveFactors", async ctx =>
        {
            var index = await IndexAsync(ctx);
            var raw = CatalogInput.List(ctx.Arguments["requests"], "requests");
            if (raw.Count > FactorResolver.MaxRequests)
            {
                throw new CatalogException(CatalogErrorCodes.TooManyRequests,
                    $"requests: {raw.Count} requests given; at most {FactorResolver.MaxRequests} are resolved at once.", "requests");
            }
            var requests = raw.Select((r, i) => ReadRequest(CatalogInput.Object(r, $"requests[{i}]"), $"requests[{i}]")).ToArray();
            return new ResolvePayload(resolver.Resolve(index, requests, ctx.User), index.Snapshot);
        });
        Bind(builder, "Query", "electricityFactor", async ctx =>
        {
            var index = await IndexAsync(ctx);
            var input = CatalogInput.Object(ctx.Arguments["input"], "input");
            var parsed = new ElectricityFactorInput
            {
                Site = CatalogInput.String(input["site"], "input.site"),
                Year = CatalogInput.Int(input["year"], "input.year"),
                Model = CatalogInput.Enum<ElectricityModelChoice>(input["model"], "input.model"),
                GasCoverage = CatalogInput.Enum<GasCoverage>(input["gasCoverage"], "input.gasCoverage"),
                Source = Optional(input, "source", (v, p) => CatalogInput.Enum<ElectricitySource>(v, p), "input"),
                CertificateSharePercent = Optional(input, "certificateSharePercent", CatalogInput.Decimal, "input"),
                CertificateSource = Optional(input, "certificateSource", (v, p) => CatalogInput.Enum<ElectricitySource>(v, p), "input"),
                SupplierFactorCode = input.GetValueOrDefault("supplierFactorCode") as string,
                Unit = input.GetValueOrDefault("unit") as string,
            };
            return electricity.Calculate(index, parsed, ctx.User);
        });
        Bind(builder, "Query", "categories", async ctx =>
        {
            var index = await IndexAsync(ctx);
            return index.RootCategories.Select(c => new CategoryView(c, index)).ToArray();
        });
        Bind(builder, "Query", "category", async ctx =>
        {
            var index = await IndexAsync(ctx);
            var code = ctx.GetArgument<string>("code")!;
            return index.Categories.TryGetValue(code, out var c) ? new CategoryView(c, index)
                : throw new CatalogException(CatalogErrorCodes.UnknownCategory, $"No category '{code}'.", "code");
        });
        Bind(builder, "Query", "grades", async ctx => (await IndexAsync(ctx)).GradeList);
        Bind(builder, "Query", "units", async ctx =>
        {
            var index = await IndexAsync(ctx);
            var dimension = ctx.Arguments.GetValueOrDefault("dimension") is { } d ? CatalogInput.Enum<UnitDimension>(d, "dimension") : (UnitDimension?)null;
            return index.UnitList.Where(u => dimension is null || u.Dimension == dimension).ToArray();
        });
        Bind(builder, "Query", "geographies", async ctx =>
        {
            var index = await IndexAsync(ctx);
            var kind = ctx.Arguments.GetValueOrDefault("kind") is { } k ? CatalogInput.Enum<GeographyKind>(k, "kind") : (GeographyKind?)null;
            return index.GeographyList.Where(g => kind is null || g.Kind == kind).Select(g => new GeographyView(g, index)).ToArray();
        });
        Bind(builder, "Query", "geography", async ctx =>
        {
            var index = await IndexAsync(ctx);
            var code = ctx.GetArgument<string>("code")!;
            return index.Geographies.TryGetValue(code, out var g) ? new GeographyView(g, index)
                : throw new CatalogException(CatalogErrorCodes.UnknownGeography, $"No geography '{code}'.", "code");
        });
        Bind(builder, "Query", "snapshots", async ctx =>
        {
            var published = await registry.GetPublishedAsync(ctx.CancellationToken);
            return Connection.FromList(published.Reverse().ToArray(), ConnectionArguments.From(ctx), MaxPageSize, DefaultPageSize);
        });
        Bind(builder, "Query", "snapshot", async ctx => (await registry.GetAsync(ctx.GetArgument<string>("label"), ctx.CancellationToken)).Snapshot);
        Bind(builder, "Query", "node", async ctx => await NodeAsync(ctx.GetArgument<string>("id"), ctx));
        Bind(builder, "Query", "nodes", async ctx =>
        {
            var ids = CatalogInput.List(ctx.Arguments["ids"], "ids");
            var nodes = new object?[ids.Count];
            for (var i = 0; i < ids.Count; i++)
            {
                nodes[i] = await NodeAsync(ids[i] as string, ctx);
            }
            return nodes;
        });

        builder.BindResolver<FactorPage, object?>("FactorConnection", "edges", p => p.Page.Edges)
            .BindResolver<FactorPage, object?>("FactorConnection", "nodes", p => p.Page.Nodes)
            .BindResolver<FactorPage, object?>("FactorConnection", "pageInfo", p => p.Page.PageInfo)
            .BindResolver<FactorPage, object?>("FactorConnection", "totalCount", p => p.Page.TotalCount)
            .BindResolver<FactorPage, object?>("FactorConnection", "snapshot", p => p.Snapshot)
            .BindResolver<ResolvePayload, object?>("ResolveFactorsPayload", "results", p => p.Results)
            .BindResolver<ResolvePayload, object?>("ResolveFactorsPayload", "snapshot", p => p.Snapshot)
            .BindResolver<FactorResolution, object?>("FactorResolution", "version", r => r.Factor is { } f ? new FactorVersionView(f, f.Version) : null)
            .BindResolver<ElectricityFactorResult, object?>("ElectricityFactor", "site", r => Geography(r.Site, r.Snapshot))
            .BindResolver<ElectricityComponent, object?>("ElectricityComponent", "role", c => c.Role);
    }

    private void BindFactor(SchemaBuilder builder)
    {
        builder.BindResolver<PublishedFactor, object?>("Factor", "id", f => GlobalId.Encode("Factor", $"{f.Snapshot.Label}:{f.Code}"))
            .BindResolver<PublishedFactor, object?>("Factor", "category", f => new CategoryView(f.Category, IndexOf(f.Snapshot)))
            .BindResolver<PublishedFactor, object?>("Factor", "geography", f => Geography(f.Geography, f.Snapshot))
            .BindResolver<PublishedFactor, object?>("Factor", "version", f => new FactorVersionView(f, f.Version))
            .BindResolver<PublishedFactor, object?>("Factor", "versions", f => IndexOf(f.Snapshot).VersionsOf(f.Id).Select(v => new FactorVersionView(f, v)).ToArray())
            .BindResolver<PublishedFactor, object?>("Factor", "series", f => IndexOf(f.Snapshot).Series(f.SeriesCode));
        Bind(builder, "Factor", "valueIn", ctx =>
        {
            var f = (PublishedFactor)ctx.Source!;
            var code = ctx.GetArgument<string>("unit")!;
            var unit = IndexOf(f.Snapshot).Units.GetValueOrDefault(code)
                ?? throw new CatalogException(CatalogErrorCodes.UnknownUnit, $"Unknown unit '{code}'.", "unit");
            if (unit.Dimension != f.Unit.Dimension)
            {
                throw new CatalogException(CatalogErrorCodes.IncompatibleUnit,
                    $"{f.Code} is declared per {f.Unit.Code} ({DbText.Of(f.Unit.Dimension)}); it cannot be given per {unit.Code} ({DbText.Of(unit.Dimension)}).", "unit");
            }
            return Task.FromResult<object?>(access.CanSeeValues(f, ctx.User) ? IndexOf(f.Snapshot).ValueIn(f, f.Version, unit) : null);
        });
        Bind(builder, "Factor", "versionIn", async ctx =>
        {
            var f = (PublishedFactor)ctx.Source!;
            var other = await registry.GetAsync(ctx.GetArgument<string>("snapshot"), ctx.CancellationToken);
            return other.FindById(f.Id) is { } there ? new FactorVersionView(there, there.Version) : null;
        });
    }

    private void BindVersion(SchemaBuilder builder)
    {
        const string type = "FactorVersion";
        builder.BindResolver<FactorVersionView, object?>(type, "id", v => GlobalId.Encode(type, $"{v.Factor.Snapshot.Label}:{v.Version.Id:D}"))
            .BindResolver<FactorVersionView, object?>(type, "versionNumber", v => v.Version.VersionNumber)
            .BindResolver<FactorVersionView, object?>(type, "unit", v => v.Factor.Unit)
            .BindResolver<FactorVersionView, object?>(type, "gasCoverage", v => v.Version.GasCoverage)
            .BindResolver<FactorVersionView, object?>(type, "gwpSet", v => v.Version.GwpSet)
            .BindResolver<FactorVersionView, object?>(type, "systemBoundary", v => v.Version.SystemBoundary)
            .BindResolver<FactorVersionView, object?>(type, "validFrom", v => v.Version.ValidFrom)
            .BindResolver<FactorVersionView, object?>(type, "validTo", v => v.Version.ValidTo)
            .BindResolver<FactorVersionView, object?>(type, "technology", v => v.Version.Technology)
            .BindResolver<FactorVersionView, object?>(type, "method", v => v.Version.Method)
            .BindResolver<FactorVersionView, object?>(type, "standards", v => v.Version.Standards)
            .BindResolver<FactorVersionView, object?>(type, "sourceType", v => v.Version.SourceType)
            .BindResolver<FactorVersionView, object?>(type, "sourceCitation", v => v.Version.SourceCitation)
            .BindResolver<FactorVersionView, object?>(type, "sourceUrl", v => v.Version.SourceUrl)
            .BindResolver<FactorVersionView, object?>(type, "note", v => v.Version.Note)
            .BindResolver<FactorVersionView, object?>(type, "dataQuality", v => new Dictionary<string, object?>
            {
                ["technological"] = (int?)v.Version.DqTechnological,
                ["geographical"] = (int?)v.Version.DqGeographical,
                ["temporal"] = (int?)v.Version.DqTemporal,
                ["precision"] = (int?)v.Version.DqPrecision,
                ["dqr"] = v.Version.Dqr,
                ["dqrClass"] = v.Version.DqrClass,
            })
            .BindResolver<FactorVersionView, object?>(type, "grade", v => v.Version.GradeLevel is { } level ? IndexOf(v.Factor.Snapshot).Grades.GetValueOrDefault(level) : null)
            .BindResolver<FactorVersionView, object?>(type, "accessLevel", v => v.Version.AccessLevel)
            .BindResolver<FactorVersionView, object?>(type, "electricityModel", v => v.Version.ElectricityModel)
            .BindResolver<FactorVersionView, object?>(type, "electricitySource", v => v.Version.ElectricitySource)
            .BindResolver<FactorVersionView, object?>(type, "acceptedAt", v => v.Version.AcceptedAt)
            .BindResolver<FactorVersionView, object?>(type, "factor", v => v.Factor)
            .BindResolver<FactorVersionView, object?>(type, "snapshot", v => v.Factor.Snapshot);

        // The numbers: through FactorValueAccess only.
        Number(builder, "value", v => v.Value);
        Number(builder, "co2Fossil", v => v.Co2Fossil);
        Number(builder, "co2Biogenic", v => v.Co2Biogenic);
        Number(builder, "ch4", v => v.Ch4);
        Number(builder, "n2o", v => v.N2o);
        Number(builder, "otherGhg", v => v.OtherGhg);
        builder.BindResolver(type, "valueWithheld", ctx =>
        {
            var v = (FactorVersionView)ctx.Source!;
            return ValueTask.FromResult<object?>(!access.CanSeeValues(v.Factor, v.Version, ctx.User));
        });
        builder.BindResolver(type, "uncertainty", ctx =>
        {
            var v = (FactorVersionView)ctx.Source!;
            if (v.Version.UncertaintyDistribution is null && v.Version.UncertaintyLower is null && v.Version.UncertaintyUpper is null)
            {
                return ValueTask.FromResult<object?>(null);
            }
            var visible = access.CanSeeValues(v.Factor, v.Version, ctx.User);
            return ValueTask.FromResult<object?>(new Dictionary<string, object?>
            {
                ["distribution"] = v.Version.UncertaintyDistribution,
                ["lower"] = visible ? v.Version.UncertaintyLower : null,
                ["upper"] = visible ? v.Version.UncertaintyUpper : null,
            });
        });
    }

    private void Number(SchemaBuilder builder, string field, Func<PublishedVersion, decimal?> read) =>
        builder.BindResolver("FactorVersion", field, ctx =>
        {
            var v = (FactorVersionView)ctx.Source!;
            return ValueTask.FromResult<object?>(access.CanSeeValues(v.Factor, v.Version, ctx.User) ? read(v.Version) : null);
        });

    private void BindReferenceData(SchemaBuilder builder)
    {
        builder.BindResolver<SnapshotInfo, object?>("Snapshot", "id", s => GlobalId.Encode("Snapshot", s.Label))
            .BindResolver<CategoryView, object?>("Category", "id", c => GlobalId.Encode("Category", c.Category.Code))
            .BindResolver<CategoryView, object?>("Category", "code", c => c.Category.Code)
            .BindResolver<CategoryView, object?>("Category", "nameZh", c => c.Category.NameZh)
            .BindResolver<CategoryView, object?>("Category", "nameEn", c => c.Category.NameEn)
            .BindResolver<CategoryView, object?>("Category", "descriptionZh", c => c.Category.DescriptionZh)
            .BindResolver<CategoryView, object?>("Category", "descriptionEn", c => c.Category.DescriptionEn)
            .BindResolver<CategoryView, object?>("Category", "parent", c =>
                c.Category.ParentCode is { } p && c.Index.Categories.TryGetValue(p, out var parent) ? new CategoryView(parent, c.Index) : null)
            .BindResolver<CategoryView, object?>("Category", "children", c => c.Index.ChildrenOf(c.Category).Select(x => new CategoryView(x, c.Index)).ToArray())
            .BindResolver<Grade, object?>("Grade", "id", g => GlobalId.Encode("Grade", g.Level))
            .BindResolver<Grade, object?>("Grade", "level", g => (int)g.Level)
            .BindResolver<Grade, object?>("Grade", "eligibleSourceTypes", g => g.EligibleSourceTypes.Select(DbText.Parse<SourceType>).ToArray())
            .BindResolver<Unit, object?>("Unit", "id", u => GlobalId.Encode("Unit", u.Code))
            .BindResolver<Organisation, object?>("Organisation", "id", o => GlobalId.Encode("Organisation", o.Code))
            .BindResolver<GeographyView, object?>("Geography", "id", g => GlobalId.Encode("Geography", g.Geography.Code))
            .BindResolver<GeographyView, object?>("Geography", "code", g => g.Geography.Code)
            .BindResolver<GeographyView, object?>("Geography", "kind", g => g.Geography.Kind)
            .BindResolver<GeographyView, object?>("Geography", "nameZh", g => g.Geography.NameZh)
            .BindResolver<GeographyView, object?>("Geography", "nameEn", g => g.Geography.NameEn)
            .BindResolver<GeographyView, object?>("Geography", "parent", g =>
                g.Geography.ParentCode is { } p && g.Index.Geographies.TryGetValue(p, out var parent) ? new GeographyView(parent, g.Index) : null)
            .BindResolver<GeographyView, object?>("Geography", "gridRegion", g =>
                g.Geography.GridRegionCode is { } r && g.Index.Geographies.TryGetValue(r, out var grid) ? new GeographyView(grid, g.Index) : null)
            .BindResolver<GeographyView, object?>("Geography", "children", g => g.Index.ChildrenOf(g.Geography).Select(x => new GeographyView(x, g.Index)).ToArray())
            .BindResolver<GeographyView, object?>("Geography", "fallback", g => g.Index.FallbackChain(g.Geography)
                .Where(s => s.AmbiguousParts is null).Select(s => new GeographyView(s.Geography, g.Index)).ToArray());
        Bind(builder, "Snapshot", "previous", async ctx =>
        {
            var s = (SnapshotInfo)ctx.Source!;
            return s.PreviousLabel is null ? null
                : (await registry.GetPublishedAsync(ctx.CancellationToken)).FirstOrDefault(p => p.Label == s.PreviousLabel);
        });
    }

    /// <summary>node(id:): Factor and FactorVersion IDs carry their snapshot label; reference data resolves in the latest snapshot.</summary>
    private async Task<object?> NodeAsync(string? id, IResolveFieldContext ctx)
    {
        var (typeName, key) = GlobalId.Decode(id);
        string Label() => key.Contains(':') ? key[..key.IndexOf(':')] : throw InvalidId(id);
        string Rest() => key[(key.IndexOf(':') + 1)..];
        try
        {
            switch (typeName)
            {
                case "Factor":
                    return (await registry.GetAsync(Label(), ctx.CancellationToken)).FindByCode(Rest());
                case "FactorVersion":
                    {
                        var index = await registry.GetAsync(Label(), ctx.CancellationToken);
                        return Guid.TryParse(Rest(), out var versionId) && index.FindVersion(versionId) is { } found
                            ? new FactorVersionView(found.Factor, found.Version) : null;
                    }
                case "Snapshot":
                    return (await registry.GetAsync(key, ctx.CancellationToken)).Snapshot;
            }
        }
        catch (CatalogException e) when (e.Code == CatalogErrorCodes.SnapshotNotFound)
        {
            return null;
        }
        var latest = await registry.GetAsync(null, ctx.CancellationToken);
        return typeName switch
        {
            "Category" => latest.Categories.TryGetValue(key, out var c) ? new CategoryView(c, latest) : null,
            "Geography" => latest.Geographies.TryGetValue(key, out var g) ? new GeographyView(g, latest) : null,
            "Unit" => latest.Units.GetValueOrDefault(key),
            "Grade" => short.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? latest.Grades.GetValueOrDefault(level) : null,
            "Organisation" => latest.OrganisationList.FirstOrDefault(o => o.Code == key),
            _ => null,
        };
    }

    private static GraphQLError InvalidId(string? id) =>
        new($"The ID \"{id}\" is not a valid node ID.", extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InvalidId });

    private Task<SnapshotIndex> IndexAsync(IResolveFieldContext ctx) =>
        registry.GetAsync(ctx.GetArgument<string>("snapshot"), ctx.CancellationToken);

    /// <summary>The index a result came from: loaded already (the result was read from it), so this is a dictionary hit.</summary>
    private SnapshotIndex IndexOf(SnapshotInfo snapshot) => registry.GetLoaded(snapshot.Label);

    private GeographyView Geography(Geography geography, SnapshotInfo snapshot) => new(geography, IndexOf(snapshot));

    private static FactorRequest ReadRequest(IReadOnlyDictionary<string, object?> r, string path) => new()
    {
        Key = r.GetValueOrDefault("key") as string,
        Code = r.GetValueOrDefault("code") as string,
        Kind = Optional(r, "kind", (v, p) => CatalogInput.Enum<FactorKind>(v, p), path),
        Category = r.GetValueOrDefault("category") as string,
        Geography = r.GetValueOrDefault("geography") as string,
        Year = Optional(r, "year", CatalogInput.Int, path),
        Unit = r.GetValueOrDefault("unit") as string,
        GasCoverage = Optional(r, "gasCoverage", (v, p) => CatalogInput.Enum<GasCoverage>(v, p), path),
        SystemBoundary = Optional(r, "systemBoundary", (v, p) => CatalogInput.Enum<SystemBoundary>(v, p), path),
    };

    private static T? Optional<T>(IReadOnlyDictionary<string, object?> input, string name, Func<object?, string, T> read, string path) where T : struct =>
        input.GetValueOrDefault(name) is { } value ? read(value, $"{path}.{name}") : null;

    /// <summary>Binds a resolver whose catalogue refusals become field errors with their extensions.code.</summary>
    private static void Bind(SchemaBuilder builder, string type, string field, Func<IResolveFieldContext, Task<object?>> body) =>
        builder.BindResolver(type, field, async ctx =>
        {
            try
            {
                return await body(ctx);
            }
            catch (CatalogException e)
            {
                var extensions = new Dictionary<string, object?> { ["code"] = e.Code };
                if (e.Field is not null)
                {
                    extensions["field"] = e.Field;
                }
                throw new GraphQLError(e.Message, extensions: extensions);
            }
            catch (IncompatibleUnitsException e)
            {
                throw new GraphQLError(e.Message, extensions: new Dictionary<string, object?> { ["code"] = CatalogErrorCodes.IncompatibleUnit });
            }
        });

    private sealed record ResolvePayload(IReadOnlyList<FactorResolution> Results, SnapshotInfo Snapshot);
}
