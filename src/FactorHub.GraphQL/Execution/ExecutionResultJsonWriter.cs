using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactorHub.GraphQL.Error;

namespace FactorHub.GraphQL.Execution;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as JSON (§7.1): <c>errors</c> first when present (the spec
/// recommends it so errors are seen even in truncated output), then <c>data</c>, then <c>extensions</c>.
/// Values are written as the scalars serialized them: <c>decimal</c> with its exact digits (the
/// <c>Decimal</c> wire format), <c>double</c> in shortest round-trip form.
/// </summary>
public static class ExecutionResultJsonWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Result trees are as deep as the (validated, depth-limited) query allows; keep headroom.
        MaxDepth = 512,
        // Keep non-ASCII text as UTF-8 rather than \u escapes (factor names are bilingual).
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Response keys encoded with the writer's encoder (<see cref="ResultMap"/> keys of a selection plan).</summary>
    internal static JsonEncodedText[] EncodeKeys(string[] keys)
    {
        var encoded = new JsonEncodedText[keys.Length];
        for (var i = 0; i < keys.Length; i++) encoded[i] = JsonEncodedText.Encode(keys[i], WriterOptions.Encoder);
        return encoded;
    }

    public static async Task WriteAsync(Stream stream, ExecutionResult result, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(stream, WriterOptions);
        Write(writer, result);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the result into <paramref name="output"/> (the HTTP handler's pooled response buffer).</summary>
    public static void Write(System.Buffers.IBufferWriter<byte> output, ExecutionResult result)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        Write(writer, result);
    }

    /// <summary>The result as a JSON string (tests, logs).</summary>
    public static string ToJson(ExecutionResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) Write(writer, result);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in errors) WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, result.Data);
        }
        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes one error (§7.1.2 "Errors"): message, locations, path, extensions.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { Count: > 0 } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue(segment.ToString());
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, extensions);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a serialized output value (result maps and lists, scalars, JSON values).</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case ResultMap map:
                writer.WriteStartObject();
                if (map.EncodedKeys is { } encodedKeys)
                {
                    for (var i = 0; i < encodedKeys.Length; i++)
                    {
                        writer.WritePropertyName(encodedKeys[i]);
                        WriteValue(writer, map.ValueAt(i));
                    }
                }
                else
                {
                    for (var i = 0; i < map.Count; i++)
                    {
                        writer.WritePropertyName(map.KeyAt(i));
                        WriteValue(writer, map.ValueAt(i));
                    }
                }
                writer.WriteEndObject();
                return;
            case ResultList list:
                writer.WriteStartArray();
                for (var i = 0; i < list.Count; i++) WriteValue(writer, list[i]);
                writer.WriteEndArray();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i32:
                writer.WriteNumberValue(i32);
                return;
            case long i64:
                writer.WriteNumberValue(i64);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case double d:
                if (!double.IsFinite(d)) throw new InvalidOperationException("A non-finite Float cannot be written as JSON.");
                writer.WriteNumberValue(d);
                return;
            case float f:
                writer.WriteNumberValue(f);
                return;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                return;
            case ulong u64:
                writer.WriteNumberValue(u64);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case JsonNode node:
                node.WriteTo(writer);
                return;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture));
                return;
            case DateTime dt:
                writer.WriteStringValue(dt.ToString("O", CultureInfo.InvariantCulture));
                return;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return;
            case Guid guid:
                writer.WriteStringValue(guid);
                return;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (k, v) in pairs)
                {
                    writer.WritePropertyName(k);
                    WriteValue(writer, v);
                }
                writer.WriteEndObject();
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(writer, entry.Value);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable sequence:
                writer.WriteStartArray();
                foreach (var item in sequence) WriteValue(writer, item);
                writer.WriteEndArray();
                return;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }
    }
}
