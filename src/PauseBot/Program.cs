using PauseBot;
using PauseBot.Cli;

if (args is ["ask", .. var askArgs])
    return await AskCommand.RunAsync(askArgs, Console.In, Console.Out, Console.Error);

var app = PauseBotHost.Build(args, Console.Error);
if (app is null) return 2;

await app.MigrateDatabaseAsync();
await app.RunAsync();
return Environment.ExitCode; // 0, unless a part that must run (the scheduler) failed after startup
