using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gyokaku.Bot.Channels.Protocol;
using Gyokaku.Bot.Tests.Support;

namespace Gyokaku.Bot.Tests;

/// <summary>POST /api/messages over HTTP in local mode (no app id), replies caught by a fake connector on loopback.</summary>
public sealed class MessagesEndpointTests : ConnectedBotTest
{
    [Fact]
    public async Task The_reply_goes_to_the_connectors_reply_url_with_ids_swapped()
    {
        var inbound = Activities.Message(connector.Url + "/", "推進項目5の担当課は？");
        var response = await Post(Activities.Json(inbound));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = connector.Activities.ToArray();
        Assert.Equal(2, sent.Length);
        var replyPath = "/v3/conversations/" + Uri.EscapeDataString(Activities.TeamsConversation) + "/activities/1700000000001";
        Assert.All(sent, s => Assert.Equal(replyPath, s.Path));
        Assert.Equal("typing", sent[0].Json.GetProperty("type").GetString());
        var reply = sent[1].Json;
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Equal(Activities.BotId, reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(Activities.UserId, reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(Activities.TeamsConversation, reply.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("1700000000001", reply.GetProperty("replyToId").GetString());
        var card = reply.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.Equal("1.5", card.GetProperty("content").GetProperty("version").GetString());
        Assert.Equal("推進項目5の担当課は？ の目標値",
            card.GetProperty("content").GetProperty("actions")[0].GetProperty("data").GetProperty("question").GetString());
        Assert.Null(sent[1].Authorization); // local mode: no app id, no token
    }

    [Fact]
    public async Task An_invoke_is_answered_in_the_http_response()
    {
        var response = await Post(Activities.Json(Activities.ExecuteAction(connector.Url, new { question = "項目5の実績は？" })));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("項目5の実績は？", host.Answers.Asked.Single().Question);
    }

    [Theory]
    [InlineData("{not json", 400, "not a valid activity")]
    [InlineData("", 400, "empty body")]
    [InlineData("[1,2]", 400, "not a valid activity")]
    [InlineData("""{"type":"message","text":"hi","conversation":{"id":"c"}}""", 400, "serviceUrl")]
    [InlineData("""{"type":"message","text":"hi","serviceUrl":"file:///etc/passwd","conversation":{"id":"c"}}""", 400, "serviceUrl")]
    [InlineData("""{"type":"message","text":"hi","serviceUrl":"http://127.0.0.1:9/"}""", 400, "conversation.id")]
    [InlineData("""{"type":"holler","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"}}""", 400, "unknown activity type 'holler'")]
    [InlineData("""{"text":"hi","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c"}}""", 400, "no type")]
    public async Task Bad_requests_get_a_4xx_with_the_reason_and_nothing_is_sent(string body, int status, string reason)
    {
        var response = await Post(body);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(reason, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        Assert.Empty(connector.Activities);
        Assert.Empty(host.Answers.Asked);

        // And the bot keeps serving: the next good message is answered.
        Assert.Equal(HttpStatusCode.OK, (await Post(Activities.Json(Activities.Message(connector.Url, "推進項目5の担当課は？")))).StatusCode);
        Assert.Equal(2, connector.Activities.Count);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        var huge = Activities.Json(Activities.Message(connector.Url, new string('あ', ActivityReader.MaxBodyBytes)));
        var response = await Post(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(connector.Activities);
    }

    [Fact]
    public async Task Activities_the_bot_has_no_use_for_are_acknowledged_and_ignored()
    {
        var reaction = Activities.Message(connector.Url, "") with { Type = "messageReaction", Text = null };
        var response = await Post(Activities.Json(reaction));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Activities);
    }

    [Fact]
    public async Task A_connector_that_refuses_the_reply_is_a_502_not_a_crash()
    {
        var response = await Post(Activities.Json(Activities.Message("http://127.0.0.1:9/", "推進項目5の担当課は？")));
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }

    private Task<HttpResponseMessage> Post(string body) =>
        client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
}
