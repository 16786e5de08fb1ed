using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gyokaku.Bot.Tests.Support;

namespace Gyokaku.Bot.Tests;

/// <summary>The Direct Line 3.0 calls Web Chat makes when polling, in the order it makes them.</summary>
public sealed class DirectLineTests : ConnectedBotTest
{
    [Fact]
    public async Task A_conversation_welcomes_echoes_and_answers_by_watermark()
    {
        var (conversationId, token) = await StartAsync();

        var (welcome, watermark) = await GetActivities(conversationId, token, null);
        Assert.Contains("質問の例", Assert.Single(welcome).GetProperty("text").GetString());

        var posted = await Send(conversationId, token, new
        {
            type = "message", text = "推進項目5の担当課は？", from = new { id = "dl_user", role = "user" },
            channelData = new { clientActivityID = "client-1" },
        });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.StartsWith(conversationId + "|", id);

        var (after, next) = await GetActivities(conversationId, token, watermark);
        Assert.Equal(["message", "typing", "message"], after.Select(a => a.GetProperty("type").GetString()));
        var echo = after[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString()); // Web Chat matches its echo by this
        var answer = after[2];
        Assert.Equal("gyokaku", answer.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("dl_user", answer.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(id, answer.GetProperty("replyToId").GetString());
        Assert.Equal("1.5", answer.GetProperty("attachments")[0].GetProperty("content").GetProperty("version").GetString());
        Assert.Equal(("推進項目5の担当課は？", (string?)$"directline:{conversationId}"), host.Answers.Asked.Single());

        var (nothingNew, same) = await GetActivities(conversationId, token, next);
        Assert.Empty(nothingNew);
        Assert.Equal(next, same);
    }

    [Fact]
    public async Task A_card_button_click_is_answered_like_typed_text()
    {
        var (conversationId, token) = await StartAsync();
        await Send(conversationId, token, new { type = "message", value = new { question = "その目標値は？" }, from = new { id = "dl_user" } });
        Assert.Equal("その目標値は？", host.Answers.Asked.Single().Question);
    }

    [Fact]
    public async Task A_token_opens_only_its_own_conversation()
    {
        var (mine, _) = await StartAsync();
        var (_, otherToken) = await StartAsync();

        var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{mine}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", otherToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(request)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/v3/directline/conversations/{mine}/activities")).StatusCode);
    }

    [Fact]
    public async Task A_refreshed_token_still_opens_the_conversation()
    {
        var (conversationId, token) = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/refresh");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var refreshed = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(conversationId, refreshed.GetProperty("conversationId").GetString());
        var (activities, _) = await GetActivities(conversationId, refreshed.GetProperty("token").GetString()!, null);
        Assert.NotEmpty(activities);
    }

    [Theory]
    [InlineData("{oops", 400)]
    [InlineData("""{"type":"holler"}""", 400)]
    public async Task Bad_activities_are_refused_with_a_reason(string body, int status)
    {
        var (conversationId, token) = await StartAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Empty(host.Answers.Asked);
    }

    [Fact]
    public async Task Any_origin_may_call_it_like_the_real_service()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        preflight.Headers.Add("Origin", "https://intranet.example.lg.jp");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        var response = await client.SendAsync(preflight);

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_page_at_root_wires_web_chat_to_this_endpoint_without_a_cdn()
    {
        var page = await client.GetStringAsync("/");
        Assert.Contains("<script src=\"webchat.js\"></script>", page);
        Assert.Contains("webSocket: false", page);
        Assert.DoesNotContain("cdn.botframework.com", page);

        var script = await client.GetAsync("/webchat.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("renderWebChat", await script.Content.ReadAsStringAsync());
    }

    private async Task<(string ConversationId, string Token)> StartAsync()
    {
        var generated = await (await client.PostAsync("/v3/directline/tokens/generate", null)).Content.ReadFromJsonAsync<JsonElement>();
        var token = generated.GetProperty("token").GetString()!;
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversation = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(generated.GetProperty("conversationId").GetString(), conversation.GetProperty("conversationId").GetString());
        return (conversation.GetProperty("conversationId").GetString()!, conversation.GetProperty("token").GetString()!);
    }

    private async Task<HttpResponseMessage> Send(string conversationId, string token, object activity)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = JsonContent.Create(activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private async Task<(List<JsonElement> Activities, string Watermark)> GetActivities(string conversationId, string token, string? watermark)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var group = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. group.GetProperty("activities").EnumerateArray()], group.GetProperty("watermark").GetString()!);
    }
}
