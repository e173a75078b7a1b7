using System.Globalization;
using PauseBot.Slack.Emulator;

// Runs the Slack Web API emulator on 127.0.0.1 (ephemeral port) for the bench scripts. The first line on stdout is its
// ApiBaseUrl. On SIGTERM/SIGINT it prints one summary line: calls, 429s, messages.
// Usage: EmulatorHost [--scale 1.0] [--no-limits] [--admin U0ADMIN]
var scale = 1.0;
var enforce = true;
var admin = "U0ADMIN";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--scale" when i + 1 < args.Length: scale = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--no-limits": enforce = false; break;
        case "--admin" when i + 1 < args.Length: admin = args[++i]; break;
        default:
            Console.Error.WriteLine("usage: EmulatorHost [--scale 1.0] [--no-limits] [--admin U0ADMIN]");
            return 2;
    }
}

await using var emulator = await SlackEmulator.StartAsync(new SlackEmulatorOptions { RateLimitScale = scale, EnforceRateLimits = enforce });
emulator.Workspace.AddUser(admin, "ada", "Ada Admin", "Europe/London");
Console.WriteLine(emulator.ApiBaseUrl);
Console.Out.Flush();

var stop = new TaskCompletionSource();
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
await stop.Task;

var calls = emulator.Calls.All;
Console.WriteLine($"calls={calls.Count} rate_limited={calls.Count(c => c.HttpStatus == 429)} messages={emulator.Messages.All.Count}");
return 0;
