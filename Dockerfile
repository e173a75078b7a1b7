# PauseBot host image: build with the .NET 10 SDK, run as a non-root user.
#   docker build -t pausebot .
#   docker run -p 8080:8080 -e Slack__BotToken=... -e Slack__SigningSecret=... pausebot
# The app is published self-contained and ReadyToRun-compiled together with the .NET and ASP.NET Core libraries into
# one composite image, so a start runs precompiled code instead of JIT-compiling thousands of methods first (startup:
# bench/startup.sh publishes the same way). It therefore runs on runtime-deps, which carries ICU and tzdata (project
# time zones are IANA ids). linux-x64; an arm64 node needs -r linux-arm64 in both dotnet commands.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so source edits don't invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt ./
COPY src/PauseBot/PauseBot.csproj src/PauseBot/
COPY src/PauseBot.Core/PauseBot.Core.csproj src/PauseBot.Core/
COPY src/PauseBot.Encoder/PauseBot.Encoder.csproj src/PauseBot.Encoder/
COPY src/PauseBot.Slack/PauseBot.Slack.csproj src/PauseBot.Slack/
COPY src/PauseBot.Persistence/PauseBot.Persistence.csproj src/PauseBot.Persistence/
COPY src/PauseBot.Slack.Emulator/PauseBot.Slack.Emulator.csproj src/PauseBot.Slack.Emulator/
COPY src/PauseBot.TimeTracking/PauseBot.TimeTracking.csproj src/PauseBot.TimeTracking/
RUN dotnet restore src/PauseBot/PauseBot.csproj -r linux-x64 -p:SelfContained=true -p:PublishReadyToRun=true
COPY src/ src/
RUN dotnet publish src/PauseBot/PauseBot.csproj --no-restore -c Release -r linux-x64 --self-contained true \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
# The image's unprivileged "app" user, by number so Kubernetes can verify runAsNonRoot.
USER 1654
ENTRYPOINT ["./PauseBot"]
