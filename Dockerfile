# PauseBot host image: build with the .NET 10 SDK, run on the ASP.NET Core runtime as a non-root user.
#   docker build -t pausebot .
#   docker run -p 8080:8080 -e Slack__BotToken=... -e Slack__SigningSecret=... pausebot
# The runtime image carries ICU and tzdata (project time zones are IANA ids).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so source edits don't invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt ./
COPY src/PauseBot/PauseBot.csproj src/PauseBot/
COPY src/PauseBot.Core/PauseBot.Core.csproj src/PauseBot.Core/
COPY src/PauseBot.Slack/PauseBot.Slack.csproj src/PauseBot.Slack/
COPY src/PauseBot.Persistence/PauseBot.Persistence.csproj src/PauseBot.Persistence/
COPY src/PauseBot.Slack.Emulator/PauseBot.Slack.Emulator.csproj src/PauseBot.Slack.Emulator/
RUN dotnet restore src/PauseBot/PauseBot.csproj
COPY src/ src/
RUN dotnet publish src/PauseBot/PauseBot.csproj --no-restore -c Release -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The image's unprivileged "app" user, by number so Kubernetes can verify runAsNonRoot.
USER 1654
ENTRYPOINT ["dotnet", "PauseBot.dll"]
