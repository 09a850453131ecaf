using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using FactorHub.GraphQL.DataLoader;
using FactorHub.GraphQL.Error;
using FactorHub.GraphQL.Language.Ast;
using FactorHub.GraphQL.Types;
using FactorHub.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// Executes a validated document (GraphQL spec §6 "Execution"; method names follow the spec's
/// algorithms). One instance lives for one execution.
/// <para>
/// Fields are resolved depth-first while resolvers complete synchronously: no task, no context and no
/// path is allocated for them. A resolver whose <see cref="ValueTask{TResult}"/> is not complete is
/// parked and execution moves on to its siblings, so independent asynchronous resolvers overlap.
/// When nothing else can run, queued DataLoader batches are dispatched; their results are delivered
/// on this loop and the woken resolvers complete before the next batch is dispatched, which yields one
/// batch per level of a nested list. Mutation root fields run one after another (§6.2.2).
/// </para>
/// <para>
/// All writes to the response happen on the executor's loop, never concurrently. Each container
/// links to its slot in its parent, so a null in a non-null position propagates to the nearest
/// nullable parent (§6.4.4) even when it arrives asynchronously.
/// </para>
/// </summary>
public sealed class Executor
{
    private static readonly ConditionalWeakTable<DocumentNode, IReadOnlyDictionary<string, FragmentDefinitionNode>> FragmentCache = new();
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>(0);

    private readonly ExecutionOptions _options;
    private readonly IFieldAuthorizer? _authorizer;
    private readonly DataLoaderScheduler _scheduler;
    private readonly List<GraphQLError> _errors = [];
    private ConcurrentQueue<PendingField>? _completed;
    private readonly Stack<ResolveFieldContext> _contextPool = new();
    private IDictionary<string, object?>? _contextData;
    private int _pending;
    private bool _dataIsNull;

    private Executor(ExecutionRequest request, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variableValues, ExecutionOptions options)
    {
        Schema = request.Schema;
        Operation = operation;
        Fragments = fragments;
        VariableValues = variableValues;
        RootValue = request.RootValue;
        RequestServices = request.RequestServices ?? EmptyServiceProvider.Instance;
        User = request.User;
        CancellationToken = request.CancellationToken;
        _contextData = request.ContextData;
        _options = options;
        _authorizer = request.FieldAuthorizer ?? RequestServices.GetService<IFieldAuthorizer>();
        _scheduler = request.DataLoaderScheduler ?? RequestServices.GetService<DataLoaderScheduler>() ?? new DataLoaderScheduler();
        if (!_scheduler.CancellationToken.CanBeCanceled) _scheduler.CancellationToken = CancellationToken;
    }

    internal GraphQLSchema Schema { get; }

    internal OperationDefinitionNode Operation { get; }

    internal IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    internal IReadOnlyDictionary<string, object?> VariableValues { get; }

    internal object? RootValue { get; }

    internal IServiceProvider RequestServices { get; }

    internal ClaimsPrincipal? User { get; }

    internal CancellationToken CancellationToken { get; }

    internal IDictionary<string, object?> ContextData => _contextData ??= new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Executes <paramref name="request"/> (§6.1 ExecuteRequest).</summary>
    /// <exception cref="OperationCanceledException">The request's token was cancelled.</exception>
    public static ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, ExecutionOptions? options = null) =>
        ExecuteRequest(request, options ?? ExecutionOptions.Default);

    /// <summary>
    /// §6.1 ExecuteRequest: selects the operation (GetOperation), coerces the variables
    /// (CoerceVariableValues) and runs the operation. Problems before execution starts are request
    /// errors: the result has errors and no <c>data</c>.
    /// </summary>
    public static async ValueTask<ExecutionResult> ExecuteRequest(ExecutionRequest request, ExecutionOptions options)
    {
        var operation = request.Operation;
        if (operation is null)
        {
            operation = GetOperation(request.Document, request.OperationName, out var operationError);
            if (operation is null) return ExecutionResult.FromRequestError(operationError!);
        }

        var variableValues = Values.CoerceVariableValues(request.Schema, operation.VariableDefinitions, request.VariableValues, out var variableErrors);
        if (variableValues is null) return ExecutionResult.FromRequestErrors(WithCode(variableErrors, ErrorCodes.BadUserInput));

        var executor = new Executor(request, operation, GetFragments(request.Document), variableValues, options);
        return operation.Operation switch
        {
            OperationType.Query => await executor.ExecuteQuery().ConfigureAwait(false),
            OperationType.Mutation => await executor.ExecuteMutation().ConfigureAwait(false),
            _ => ExecutionResult.FromRequestError(new GraphQLError(
                "Subscription operations are not supported over this transport.", [operation])),
        };
    }

    /// <summary>
    /// §6.1 GetOperation: the operation named <paramref name="operationName"/>, or the only operation
    /// when no name is given. Returns null and an error (graphql-js 16 texts) otherwise.
    /// </summary>
    public static OperationDefinitionNode? GetOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        OperationDefinitionNode? operation = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode candidate) continue;
            if (operationName is null)
            {
                if (operation is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.",
                        extensions: CodeExtension(ErrorCodes.OperationResolutionFailure));
                    return null;
                }
                operation = candidate;
            }
            else if (candidate.Name?.Value == operationName)
            {
                operation = candidate;
                break;
            }
        }
        error = operation is not null ? null : new GraphQLError(
            operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".",
            extensions: CodeExtension(ErrorCodes.OperationResolutionFailure));
        return operation;
    }

    /// <summary>§6.2.1 Query: the root selection set, fields executed "normally" (allowing parallelism).</summary>
    private ValueTask<ExecutionResult> ExecuteQuery() =>
        Schema.Query is { } queryType
            ? ExecuteRootSelectionSet(queryType, serially: false)
            : ValueTask.FromResult(NotConfigured());

    /// <summary>§6.2.2 Mutation: the root selection set executed serially.</summary>
    private ValueTask<ExecutionResult> ExecuteMutation() =>
        Schema.Mutation is { } mutationType
            ? ExecuteRootSelectionSet(mutationType, serially: true)
            : ValueTask.FromResult(NotConfigured());

    private ExecutionResult NotConfigured() => ExecutionResult.FromRequestError(new GraphQLError(
        $"Schema is not configured to execute {Operation.Operation.ToKeyword()} operation.", [Operation]));

    private async ValueTask<ExecutionResult> ExecuteRootSelectionSet(GraphQLObjectType rootType, bool serially)
    {
        var plan = FieldCollector.CollectRootFields(this, rootType);
        var data = new ResultMap(plan.Keys, plan.EncodedKeys);
        using (_scheduler.Drive())
        {
            if (serially) await ExecuteFieldsSerially(plan, rootType, RootValue, data).ConfigureAwait(false);
            else
            {
                ExecuteSelectionSet(plan, rootType, RootValue, data);
                if (_pending > 0 || _scheduler.HasQueued) await DrainAsync().ConfigureAwait(false);
            }
        }
        return new ExecutionResult(_dataIsNull ? null : data, _errors);
    }

    /// <summary>
    /// §6.3 ExecuteSelectionSet: executes each field of the grouped field set into <paramref name="result"/>.
    /// Asynchronous fields are parked; the loop in <see cref="DrainAsync"/> completes them.
    /// </summary>
    private void ExecuteSelectionSet(SelectionPlan plan, GraphQLObjectType objectType, object? objectValue, ResultMap result)
    {
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++) ExecuteField(objectType, objectValue, fields[i], result, i);
    }

    /// <summary>§6.2.2 / §6.3.1: executes root fields one at a time, each with everything it started finished first.</summary>
    private async ValueTask ExecuteFieldsSerially(SelectionPlan plan, GraphQLObjectType objectType, object? objectValue, ResultMap result)
    {
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            ExecuteField(objectType, objectValue, fields[i], result, i);
            if (_pending > 0 || _scheduler.HasQueued) await DrainAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// §6.4 ExecuteField: coerces the arguments (CoerceArgumentValues), authorizes, resolves
    /// (ResolveFieldValue) and completes the value into slot <paramref name="index"/> of <paramref name="result"/>.
    /// </summary>
    private void ExecuteField(GraphQLObjectType objectType, object? objectValue, FieldPlan field, ResultMap result, int index)
    {
        if (field.IsTypeName)
        {
            result.Set(index, objectType.Name);
            return;
        }
        CancellationToken.ThrowIfCancellationRequested();

        if (field.IsPlainProperty)
        {
            object? plain;
            try
            {
                plain = field.ResolvePlainProperty(objectValue);
            }
            catch (Exception ex) when (!IsCancellation(ex))
            {
                HandleFieldError(ex, field, field.ReturnTypeIsNonNull, result, index);
                return;
            }
            CompleteValue(field.ReturnType, field, objectType, plain, result, index);
            return;
        }

        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = field.GetArguments(VariableValues);
        }
        catch (GraphQLError error)
        {
            HandleFieldError(error, field, field.ReturnTypeIsNonNull, result, index);
            return;
        }

        var context = RentContext();
        context.Initialize(this, field, objectType, objectValue, arguments, result, index);
        ValueTask<object?> resolved;
        try
        {
            resolved = ResolveFieldValue(field, context);
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            ReturnContext(context);
            HandleFieldError(ex, field, field.ReturnTypeIsNonNull, result, index);
            return;
        }

        if (resolved.IsCompleted)
        {
            object? value;
            try
            {
                value = resolved.GetAwaiter().GetResult();
            }
            catch (Exception ex) when (!IsCancellation(ex))
            {
                ReturnContext(context);
                HandleFieldError(ex, field, field.ReturnTypeIsNonNull, result, index);
                return;
            }
            // The context goes back to the pool only after completion: a resolver may return a lazy
            // sequence that still reads its context while the list is completed.
            CompleteValue(field.ReturnType, field, objectType, value, result, index);
            ReturnContext(context);
            return;
        }

        _pending++;
        _completed ??= new ConcurrentQueue<PendingField>();
        new PendingField(this, resolved, field, objectType, result, index).Register();
    }

    /// <summary>§6.4.2 ResolveFieldValue, preceded by the field's authorization when it declares policies.</summary>
    private ValueTask<object?> ResolveFieldValue(FieldPlan field, ResolveFieldContext context)
    {
        if (field.Policies is not { } policies) return field.Resolver(context);
        if (_authorizer is null) throw Denied(FieldAuthorizationResult.Forbidden(), field, context);
        var authorization = _authorizer.AuthorizeAsync(context, policies);
        if (!authorization.IsCompletedSuccessfully) return AuthorizeThenResolveAsync(authorization, field, context);
        var outcome = authorization.Result;
        return outcome.Succeeded ? field.Resolver(context) : throw Denied(outcome, field, context);
    }

    private static async ValueTask<object?> AuthorizeThenResolveAsync(ValueTask<FieldAuthorizationResult> authorization, FieldPlan field, ResolveFieldContext context)
    {
        var outcome = await authorization.ConfigureAwait(false);
        if (!outcome.Succeeded) throw Denied(outcome, field, context);
        return await field.Resolver(context).ConfigureAwait(false);
    }

    private static GraphQLError Denied(FieldAuthorizationResult outcome, FieldPlan field, ResolveFieldContext context)
    {
        var coordinate = $"{context.ParentType.Name}.{field.FieldName}";
        var code = outcome.Code ?? ErrorCodes.Forbidden;
        var message = outcome.Message ?? (code == ErrorCodes.Unauthenticated
            ? $"Authentication is required to access \"{coordinate}\"."
            : $"The current user is not authorized to access \"{coordinate}\".");
        return new GraphQLError(message, extensions: CodeExtension(code));
    }

    /// <summary>
    /// §6.4.3 CompleteValue: checks nullability, serializes leaves, completes lists item by item and
    /// objects through their sub-selection; writes the outcome into slot <paramref name="index"/> of
    /// <paramref name="container"/>.
    /// </summary>
    private void CompleteValue(IGraphQLType returnType, FieldPlan field, GraphQLObjectType parentType, object? result, ResultNode container, int index)
    {
        var nonNull = false;
        var type = returnType;
        if (type is GraphQLNonNull nonNullType)
        {
            nonNull = true;
            type = nonNullType.OfType;
        }

        if (result is null)
        {
            if (nonNull)
                HandleFieldError(new GraphQLError($"Cannot return null for non-nullable field {parentType.Name}.{field.FieldName}."),
                    field, true, container, index);
            else container.SetNull(index);
            return;
        }

        try
        {
            switch (type)
            {
                case GraphQLScalarType scalar:
                    container.Set(index, CompleteLeafValue(scalar.Name, scalar.Serialize(result), result, scalar));
                    return;
                case GraphQLEnumType enumType:
                    container.Set(index, CompleteLeafValue(enumType.Name, enumType.Serialize(result), result, enumType));
                    return;
                case GraphQLList list:
                    CompleteListValue(list, field, parentType, result, container, index, nonNull);
                    return;
                case GraphQLObjectType objectType:
                    CompleteObjectValue(objectType, field, parentType, result, container, index, nonNull);
                    return;
                case IGraphQLAbstractType abstractType:
                    var runtimeType = ResolveAbstractType(abstractType, field, parentType, result, container, index);
                    CompleteObjectValue(runtimeType, field, parentType, result, container, index, nonNull);
                    return;
                default:
                    throw new InvalidOperationException($"Cannot complete value of unexpected output type: {type}.");
            }
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            HandleFieldError(ex, field, nonNull, container, index);
        }
    }

    private static object CompleteLeafValue(string typeName, object? serialized, object result, IGraphQLType type) =>
        serialized ?? throw new GraphQLError(
            $"Expected `{typeName}.serialize({Inspector.Inspect(result)})` to return non-nullable value, returned: null");

    /// <summary>§6.4.3 CompleteValue, list case: each item completed against the item type, errors located at the item's index.</summary>
    private void CompleteListValue(GraphQLList listType, FieldPlan field, GraphQLObjectType parentType, object result, ResultNode container, int index, bool nonNull)
    {
        if (result is string || result is not IEnumerable enumerable)
            throw new GraphQLError($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.FieldName}\".");

        var itemType = listType.OfType;
        if (result is IList list)
        {
            var completed = new ResultList(list.Count) { Parent = container, IndexInParent = index, NonNullInParent = nonNull };
            container.Set(index, completed);
            for (var i = 0; i < list.Count; i++) CompleteValue(itemType, field, parentType, list[i], completed, i);
            return;
        }

        var items = new List<object?>();
        foreach (var item in enumerable) items.Add(item);
        var resultList = new ResultList(items.Count) { Parent = container, IndexInParent = index, NonNullInParent = nonNull };
        container.Set(index, resultList);
        for (var i = 0; i < items.Count; i++) CompleteValue(itemType, field, parentType, items[i], resultList, i);
    }

    /// <summary>§6.4.3 CompleteValue, object case: CollectSubfields, then ExecuteSelectionSet into a new map.</summary>
    private void CompleteObjectValue(GraphQLObjectType objectType, FieldPlan field, GraphQLObjectType parentType, object result, ResultNode container, int index, bool nonNull)
    {
        if (objectType.IsTypeOf is { } isTypeOf)
        {
            var context = RentContext();
            context.Initialize(this, field, parentType, result, Values.Empty, container, index);
            var matches = isTypeOf(result, context);
            ReturnContext(context);
            if (!matches) throw new GraphQLError($"Expected value of type \"{objectType.Name}\" but got: {Inspector.Inspect(result)}.");
        }

        var plan = field.GetSubPlan(this, objectType);
        var map = new ResultMap(plan.Keys, plan.EncodedKeys) { Parent = container, IndexInParent = index, NonNullInParent = nonNull };
        container.Set(index, map);
        ExecuteSelectionSet(plan, objectType, result, map);
    }

    /// <summary>
    /// §6.4.3 ResolveAbstractType: the object type of <paramref name="result"/> from the abstract type's
    /// ResolveType, else the default resolution ("__typename" key, IsTypeOf, bound CLR type).
    /// </summary>
    private GraphQLObjectType ResolveAbstractType(IGraphQLAbstractType abstractType, FieldPlan field, GraphQLObjectType parentType, object result, ResultNode container, int index)
    {
        var context = RentContext();
        context.Initialize(this, field, parentType, result, Values.Empty, container, index);
        string? runtimeTypeName;
        try
        {
            runtimeTypeName = abstractType.ResolveType is { } resolveType
                ? resolveType(result, context)
                : DefaultTypeResolver(abstractType, result, context);
        }
        finally
        {
            ReturnContext(context);
        }

        if (runtimeTypeName is null)
            throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.FieldName}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        var runtimeType = Schema.GetType(runtimeTypeName);
        if (runtimeType is null)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeTypeName}\" that does not exist inside the schema.");
        if (runtimeType is not GraphQLObjectType objectType)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeTypeName}\".");
        if (!Schema.IsSubType((GraphQLNamedType)abstractType, objectType))
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        return objectType;
    }

    private string? DefaultTypeResolver(IGraphQLAbstractType abstractType, object value, IResolveFieldContext context)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) && name is string typeName:
                return typeName;
            case IDictionary<string, object?> dictionary when dictionary.TryGetValue("__typename", out var entry) && entry is string entryName:
                return entryName;
        }
        var possibleTypes = Schema.GetPossibleTypes((GraphQLNamedType)abstractType);
        var clrType = value.GetType();
        foreach (var type in possibleTypes)
        {
            if (type.IsTypeOf is { } isTypeOf)
            {
                if (isTypeOf(value, context)) return type.Name;
            }
            else if (type.ClrType == clrType) return type.Name;
        }
        foreach (var type in possibleTypes)
            if (type.IsTypeOf is null && type.ClrType is { } bound && bound.IsAssignableFrom(clrType)) return type.Name;
        return null;
    }

    /// <summary>
    /// §6.4.4 Handling Execution Errors: records the error (located at the field, with its response
    /// path) and nulls the slot; a non-null slot nulls its container instead, and so on upwards.
    /// </summary>
    private void HandleFieldError(Exception exception, FieldPlan field, bool nonNull, ResultNode container, int index)
    {
        _errors.Add(LocateError(exception, field, container, index));
        if (nonNull) PropagateNull(container);
        else container.SetNull(index);
    }

    private void PropagateNull(ResultNode node)
    {
        while (true)
        {
            node.IsNulled = true;
            var parent = node.Parent;
            if (parent is null)
            {
                _dataIsNull = true;
                return;
            }
            if (!node.NonNullInParent)
            {
                parent.SetNull(node.IndexInParent);
                return;
            }
            node = parent;
        }
    }

    /// <summary>
    /// graphql-js locatedError: a GraphQLError keeps its message and extensions and gains the field's
    /// locations and path; any other exception is masked as "Unexpected error." (INTERNAL_SERVER_ERROR)
    /// unless <see cref="ExecutionOptions.ExposeExceptionDetails"/> is set. The original is logged.
    /// </summary>
    private GraphQLError LocateError(Exception exception, FieldPlan field, ResultNode container, int index)
    {
        var path = container.PathOf(index);
        if (exception is GraphQLError error)
        {
            if (error.Path is not null) return error;
            return error.Nodes is null
                ? new GraphQLError(error.Message, field.Nodes, path: path, originalError: error.OriginalError, extensions: error.Extensions)
                : new GraphQLError(error.Message, error.Nodes, error.Source, error.Positions, path, error.OriginalError, error.Extensions);
        }

        RequestServices.GetService<ILoggerFactory>()?.CreateLogger("FactorHub.GraphQL.Execution")
            .LogError(exception, "Resolver of {Field} failed at {Path}", field.FieldName, string.Join('.', path));
        var message = _options.ExposeExceptionDetails ? exception.Message : "Unexpected error.";
        var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError };
        if (_options.ExposeExceptionDetails) extensions["exception"] = exception.GetType().FullName;
        return new GraphQLError(message, field.Nodes, path: path, originalError: exception, extensions: extensions);
    }

    /// <summary>
    /// Runs parked fields to completion: delivers DataLoader results, completes every resolved field
    /// (which may start more work), and only when nothing can proceed dispatches the queued batches or
    /// waits for the next completion.
    /// </summary>
    private async ValueTask DrainAsync()
    {
        while (true)
        {
            bool progressed;
            do
            {
                progressed = _scheduler.RunPosted();
                while (_completed is not null && _completed.TryDequeue(out var pending))
                {
                    _pending--;
                    CompletePending(pending);
                    progressed = true;
                }
            } while (progressed);

            if (_pending == 0) return;
            if (_scheduler.HasQueued)
            {
                _scheduler.DispatchQueued();
                continue;
            }
            await _scheduler.WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    private void CompletePending(PendingField pending)
    {
        object? value;
        try
        {
            value = pending.Resolved.GetAwaiter().GetResult();
        }
        catch (Exception ex) when (!IsCancellation(ex))
        {
            HandleFieldError(ex, pending.Field, pending.Field.ReturnTypeIsNonNull, pending.Container, pending.Index);
            return;
        }
        CompleteValue(pending.Field.ReturnType, pending.Field, pending.ParentType, value, pending.Container, pending.Index);
    }

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && CancellationToken.IsCancellationRequested;

    private ResolveFieldContext RentContext() => _contextPool.TryPop(out var context) ? context : new ResolveFieldContext();

    private void ReturnContext(ResolveFieldContext context)
    {
        context.Clear();
        _contextPool.Push(context);
    }

    private static IReadOnlyDictionary<string, FragmentDefinitionNode> GetFragments(DocumentNode document) =>
        FragmentCache.GetValue(document, static doc =>
        {
            var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in doc.Definitions)
                if (definition is FragmentDefinitionNode fragment) fragments.TryAdd(fragment.Name.Value, fragment);
            return fragments;
        });

    private static IReadOnlyDictionary<string, object?> CodeExtension(string code) => new Dictionary<string, object?> { ["code"] = code };

    private static IReadOnlyList<GraphQLError> WithCode(IReadOnlyList<GraphQLError> errors, string code)
    {
        var result = new GraphQLError[errors.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var e = errors[i];
            result[i] = e.Extensions is not null && e.Extensions.ContainsKey("code")
                ? e
                : new GraphQLError(e.Message, e.Nodes, e.Source, e.Positions, e.Path, e.OriginalError, CodeExtension(code));
        }
        return result;
    }

    /// <summary>A field whose resolver has not completed yet, with the slot its value goes to.</summary>
    private sealed class PendingField(Executor executor, ValueTask<object?> resolved, FieldPlan field, GraphQLObjectType parentType, ResultNode container, int index)
    {
        public readonly ValueTask<object?> Resolved = resolved;
        public readonly FieldPlan Field = field;
        public readonly GraphQLObjectType ParentType = parentType;
        public readonly ResultNode Container = container;
        public readonly int Index = index;

        public void Register() => Resolved.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(OnCompleted);

        private void OnCompleted()
        {
            executor._completed!.Enqueue(this);
            executor._scheduler.Signal();
        }
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public static readonly EmptyServiceProvider Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
