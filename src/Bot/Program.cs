using Gyokaku.Bot.Answers;
using Gyokaku.Bot.Channels;
using Gyokaku.Bot.Channels.Teams;

// `ask …` runs the answer service on the command line; anything else starts the web host.
if (args.Length > 0 && args[0] == "ask")
    return AskCommand.Run(args[1..]);
// `teams-package …` writes the Teams app package (manifest + icons) for sideloading.
if (args.Length > 0 && args[0] == "teams-package")
    return TeamsPackageCommand.Run(args[1..]);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAnswers(builder.Configuration);
builder.Services.AddChannels(builder.Configuration);

var app = builder.Build();
app.MapAnswerApi();
app.MapChannels();
app.Run();
return 0;
