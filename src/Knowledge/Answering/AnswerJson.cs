using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gyokaku.Knowledge.Answering;

/// <summary>The one JSON shape of an answer, shared by <c>ask --jsonl</c> and <c>POST /api/ask</c>.</summary>
public static class AnswerJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Status(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.NotFound => "not_found",
        _ => "clarify",
    };

    public static JsonObject ToJson(Answer answer, string? id = null)
    {
        var json = new JsonObject();
        if (id is not null) json["id"] = id;
        json["status"] = Status(answer.Status);
        json["answer"] = answer.Text;
        json["citations"] = new JsonArray(answer.Citations.Select(c => (JsonNode)new JsonObject
        {
            ["document"] = c.Document,
            ["item"] = c.Item,
            ["title"] = c.Title,
            ["lines"] = c.Lines?.ToString(),
        }).ToArray());
        json["intent"] = answer.Intent;
        json["language"] = answer.Language;
        if (answer.Plan is not null) json["plan"] = answer.Plan;
        if (answer.Candidates.Count > 0) json["candidates"] = Suggestions(answer.Candidates);
        if (answer.FollowUps.Count > 0) json["followUps"] = Suggestions(answer.FollowUps);
        return json;
    }

    private static JsonArray Suggestions(IEnumerable<SuggestedQuestion> suggestions) =>
        new(suggestions.Select(s => (JsonNode)new JsonObject { ["label"] = s.Label, ["question"] = s.Question }).ToArray());

    /// <summary>One line of JSON (no indentation), Japanese kept readable.</summary>
    public static string Line(Answer answer, string? id = null) => ToJson(answer, id).ToJsonString(Options);
}
