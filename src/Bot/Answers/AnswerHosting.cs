using System.Text;
using System.Text.Json;
using Gyokaku.Knowledge.Answering;
using Gyokaku.Knowledge.Search;

namespace Gyokaku.Bot.Answers;

/// <summary>The answer service in the web host: options, the knowledge base loaded at start-up, /api/ask and /healthz.</summary>
public static class AnswerHosting
{
    public static IServiceCollection AddAnswers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => GyokakuOptions.From(configuration));
        services.AddSingleton<KnowledgeHost>();
        services.AddSingleton<IAnswerService>(sp => sp.GetRequiredService<KnowledgeHost>());
        services.AddHostedService<KnowledgeLoader>();
        return services;
    }

    public static IEndpointRouteBuilder MapAnswerApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (KnowledgeHost host) => host.IsReady
            ? Results.Ok(new { status = "ok", documents = host.DocumentCount })
            : Results.Json(new { status = host.Error ?? "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapPost("/api/ask", AskAsync);
        return app;
    }

    private static async Task<IResult> AskAsync(HttpRequest request, KnowledgeHost host)
    {
        string? question, conversationId;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
                return Results.BadRequest(new { error = "the body must be a JSON object {\"question\": \"…\", \"conversationId\": \"…\"}" });
            question = body.RootElement.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
            conversationId = body.RootElement.TryGetProperty("conversationId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        }
        catch (JsonException e)
        {
            return Results.BadRequest(new { error = $"the body is not valid JSON: {e.Message}" });
        }
        if (string.IsNullOrWhiteSpace(question))
            return Results.BadRequest(new { error = "missing \"question\" (a non-empty string)" });
        if (!host.IsReady)
            return Results.Json(new { error = host.Error ?? "the index is still loading" }, statusCode: StatusCodes.Status503ServiceUnavailable);
        var answer = host.Ask(question, conversationId);
        return Results.Text(AnswerJson.Line(answer), "application/json", Encoding.UTF8);
    }
}

/// <summary>Loads the knowledge base when the host starts, without delaying start-up: /healthz says 503 until it is ready.</summary>
internal sealed class KnowledgeLoader(KnowledgeHost host) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        host.StartLoading();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Holds the knowledge base once loaded and answers through it; the IAnswerService of the host.</summary>
public sealed class KnowledgeHost(GyokakuOptions options, ILogger<KnowledgeHost> logger) : IAnswerService, IDisposable
{
    private readonly object _gate = new();
    private Task<AnswerService>? _loading;
    private KnowledgeBase? _kb;

    public bool IsReady => _loading is { IsCompletedSuccessfully: true };
    public string? Error => _loading?.Exception?.GetBaseException().Message;
    public int DocumentCount => _kb?.Documents.Count ?? 0;

    public void StartLoading()
    {
        lock (_gate)
            _loading ??= Task.Run(() =>
            {
                logger.LogInformation("loading seeds from {Seeds}, index at {Index}", options.SeedsPath, options.IndexPath);
                _kb = KnowledgeBase.Load(options.SeedsPath, options.IndexPath, m => logger.LogInformation("{Message}", m));
                return new AnswerService(_kb);
            });
    }

    /// <summary>Waits for the knowledge base if it is still loading (channels may ask before /healthz turns 200).</summary>
    public Answer Ask(string question, string? conversationId = null)
    {
        StartLoading();
        return _loading!.GetAwaiter().GetResult().Ask(question, conversationId);
    }

    public void Dispose() => _kb?.Dispose();
}
