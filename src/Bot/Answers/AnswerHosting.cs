namespace Gyokaku.Bot.Answers;

/// <summary>The answer service in the web host and on the command line (the answering issue fills this in).</summary>
public static class AnswerHosting
{
    public static IServiceCollection AddAnswers(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapAnswerApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Ok("ok"));
        return app;
    }
}

public static class AskCommand
{
    public static int Run(string[] args)
    {
        Console.Error.WriteLine("ask: not implemented yet");
        return 2;
    }
}
