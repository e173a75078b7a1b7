using PauseBot;

var app = PauseBotHost.Build(args, Console.Error);
if (app is null) return 2;

await app.MigrateDatabaseAsync();
await app.RunAsync();
return 0;
