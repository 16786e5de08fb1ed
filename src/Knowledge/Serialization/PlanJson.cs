using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gyokaku.Knowledge.Model;

namespace Gyokaku.Knowledge.Serialization;

/// <summary>The JSON shape of plan documents (the <c>dump</c> command's output): camelCase, Japanese unescaped, years as "R6".</summary>
public static class PlanJson
{
    public static readonly JsonSerializerOptions Options = Create(indented: true);
    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
        options.Converters.Add(new FiscalYearConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new LineRangeConverter());
        return options;
    }

    public static string Dump(IEnumerable<PlanDocument> documents) =>
        JsonSerializer.Serialize(new { documents }, Options);

    private sealed class FiscalYearConverter : JsonConverter<FiscalYear>
    {
        public override FiscalYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FiscalYear.Parse(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, FiscalYear value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }

    private sealed class LineRangeConverter : JsonConverter<LineRange>
    {
        public override LineRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var parts = (reader.GetString() ?? "").Split('-');
            return new LineRange(int.Parse(parts[0]), int.Parse(parts[^1]));
        }

        public override void Write(Utf8JsonWriter writer, LineRange value, JsonSerializerOptions options) =>
            writer.WriteStringValue($"{value.Start}-{value.End}");
    }
}
