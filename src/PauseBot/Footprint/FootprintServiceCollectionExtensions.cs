namespace PauseBot.Footprint;

public static class FootprintServiceCollectionExtensions
{
    /// <summary>
    /// What keeps the process small beyond loading only what the configuration uses (README "Footprint"): native memory
    /// freed by the JIT goes back to the system. The GC's share is set in PauseBot.csproj (runtimeconfig).
    /// </summary>
    public static IServiceCollection AddPauseBotFootprint(this IServiceCollection services)
    {
        services.AddSingleton<NativeMemoryTrim>();
        services.AddHostedService(sp => sp.GetRequiredService<NativeMemoryTrim>());
        return services;
    }
}
