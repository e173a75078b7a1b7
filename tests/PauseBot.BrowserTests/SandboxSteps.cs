using Microsoft.Playwright;

namespace PauseBot.BrowserTests;

/// <summary>What a person does on the page, found the way a screen reader finds it (roles and accessible names).</summary>
public sealed class SandboxSteps(IPage page)
{
    public IPage Page => page;
    public ILocator Log => page.GetByRole(AriaRole.Log);
    public ILocator Home => page.GetByRole(AriaRole.Region, new() { Name = "PauseBot · Home" });

    public async Task ActAsAsync(string label)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Acting as" }).SelectOptionAsync(new SelectOptionValue { Label = label });
        await Assertions.Expect(page.Locator("#zone")).Not.ToBeEmptyAsync();
    }

    public async Task OpenAsync(string conversation)
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Button, new() { Name = conversation, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = conversation, Exact = true })).ToBeVisibleAsync();
    }

    public async Task SendAsync(string text)
    {
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Message" }).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Message" })).ToBeEmptyAsync();
    }

    /// <summary>The message everyone in the conversation sees whose text contains <paramref name="text"/>.</summary>
    public ILocator Message(string text) => Log.Locator("article[data-ephemeral=false]").Filter(new() { HasText = text });

    /// <summary>Messages only the acting person sees ("Only visible to you").</summary>
    public ILocator Ephemeral => Log.Locator("article[data-ephemeral=true]");
}
