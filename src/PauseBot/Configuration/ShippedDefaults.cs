namespace PauseBot.Configuration;

public static class ShippedDefaults
{
    /// <summary>
    /// The <c>appsettings.json</c> shipped beside the app (quiet framework log levels) applies wherever the process was
    /// started from: when the content root (the working directory) has no <c>appsettings.json</c> of its own, the shipped
    /// one is read as the lowest-priority source, so every other source (environment, command line, an
    /// <c>appsettings.{Environment}.json</c> in the content root) still wins.
    /// </summary>
    public static IConfigurationBuilder AddShippedDefaults(this IConfigurationManager configuration, IHostEnvironment environment)
    {
        const string file = "appsettings.json";
        var shipped = Path.Combine(AppContext.BaseDirectory, file);
        if (File.Exists(Path.Combine(environment.ContentRootPath, file)) || !File.Exists(shipped)) return configuration;
        var defaults = new ConfigurationBuilder().AddJsonFile(shipped, optional: true, reloadOnChange: false).Build();
        configuration.Sources.Insert(0, new ChainedConfigurationSource { Configuration = defaults, ShouldDisposeConfiguration = true });
        return configuration;
    }
}
