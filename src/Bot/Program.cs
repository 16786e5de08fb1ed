// Placeholder host: the answering and channel issues fill this in.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.Run();
