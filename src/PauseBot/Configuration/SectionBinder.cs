using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace PauseBot.Configuration;

/// <summary>
/// Binds a configuration section to its options type as the host does, but first names every value that cannot be read
/// (a word where a number belongs, an unknown provider), each as a problem, and leaves those keys at their defaults. The
/// binder alone would stop at the first such value with an exception, or skip a bad entry of a map without a word.
/// </summary>
internal static class SectionBinder
{
    public static T Bind<T>(IConfiguration configuration, string section, ICollection<string> problems) where T : class, new()
    {
        var readable = new List<KeyValuePair<string, string?>>();
        foreach (var child in configuration.GetSection(section).GetChildren())
        {
            var type = typeof(T).GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            // A scalar is checked as its property's type, the entries of a list or map as the element type.
            var values = child.Value is null
                ? child.GetChildren().Where(e => e.Value is not null).Select(e => (e, ElementType(type)))
                : [(child, type)];
            var bad = values.Where(v => !Readable(v.Item1.Value!, v.Item2)).ToList();
            foreach (var (value, valueType) in bad)
                problems.Add(Describe(value.Path, value.Value!, valueType!));
            if (bad.Count == 0 || child.Value is null)
                readable.AddRange(child.AsEnumerable().Where(kv => bad.All(b => b.Item1.Path != kv.Key)));
        }
        var options = new T();
        try
        {
            new ConfigurationBuilder().AddInMemoryCollection(readable).Build().GetSection(section).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            problems.Add($"{section}: {ex.Message}"); // a shape the checks above do not know; the binder's words then
        }
        return options;
    }

    private static Type? ElementType(Type? collection) =>
        collection is { IsGenericType: true } ? collection.GetGenericArguments()[^1] : collection?.GetElementType();

    private static bool Readable(string value, Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is null || type == typeof(string) || type == typeof(Uri)) return true;
        var converter = TypeDescriptor.GetConverter(type);
        if (!converter.CanConvertFrom(typeof(string))) return true; // an object section: its own keys are bound by name
        try
        {
            converter.ConvertFromString(null, CultureInfo.InvariantCulture, value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException || ex.InnerException is FormatException)
        {
            return false;
        }
    }

    private static string Describe(string key, string value, Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var expected = type switch
        {
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(TimeSpan) => "a duration such as 00:00:30 (hh:mm:ss) or 1.00:00:00 (one day)",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ => $"a valid {type.Name}",
        };
        return $"{key} '{value}' is not {expected}.";
    }
}
