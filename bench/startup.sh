#!/usr/bin/env bash
# Benchmark 4: from process start to the first signed 200 on /slack/commands (`/pausebot help`), a fresh SQLite file
# each run (so migrations are included) and an existing one. Target: <= 1.5 s (median, new file).
# The host is published as the Dockerfile publishes it (self-contained, ReadyToRun composite; the same restore and
# publish commands, ~3-5 min here) and started as the container starts it (./PauseBot).
# Usage: bench/startup.sh [runs]; PAUSEBOT_STARTUP_BUILD=build measures `dotnet PauseBot.dll` of the plain Release
# build instead (JIT-compiled), for comparison.
source "$(dirname "$0")/lib.sh"
RUNS="${1:-10}"
need openssl openssl
build bench/EmulatorHost
if [ "${PAUSEBOT_STARTUP_BUILD:-publish}" = build ]; then
  build src/PauseBot
  BOT=(dotnet "$(dll src/PauseBot)"); ARTIFACT="Release build, \`dotnet PauseBot.dll\` (JIT)"
else
  # Keep in step with the Dockerfile.
  dotnet restore "$ROOT/src/PauseBot/PauseBot.csproj" -r linux-x64 -p:SelfContained=true -p:PublishReadyToRun=true -v q >/dev/null
  dotnet publish "$ROOT/src/PauseBot/PauseBot.csproj" --no-restore -c Release -r linux-x64 --self-contained true \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$WORK/app" -v q -nologo >/dev/null
  BOT=("$WORK/app/PauseBot"); ARTIFACT="published like the Dockerfile (self-contained, ReadyToRun composite), \`./PauseBot\`"
fi
start_emulator
LOAD_BEFORE="$(uptime | sed 's/.*load average: //')"

measure() { # fresh|warm -> milliseconds from exec to the first signed 200
  local port; port="$(free_port)"
  [ "$1" = fresh ] && rm -f "$WORK/bot.db" "$WORK/bot.db-wal" "$WORK/bot.db-shm"
  bot_args "$port"
  # Signed once, before the start (Slack's window is 5 minutes): the polling loop is only curl, so it takes as little
  # CPU from the starting process as it can.
  local body ts sig; body="$(command_body "$ALICE" "help")"; ts="$(date +%s)"; sig="$(sign "$ts" "$body")"
  local t0; t0="$(date +%s%N)"
  "${BOT[@]}" "${BOT_ARGS[@]}" >"$WORK/bot.log" 2>&1 &
  local pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/slack/commands" -H "X-Slack-Request-Timestamp: $ts" \
      -H "X-Slack-Signature: $sig" -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "$body")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "bot exited: $(tail -5 "$WORK/bot.log")" >&2; return 1; }
    sleep 0.005
  done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

stats() { sort -n | awk '{ a[NR] = $1 } END { printf "%d %d %d", a[1], a[int((NR + 1) / 2)], a[NR] }'; }
FRESH="$(for _ in $(seq "$RUNS"); do measure fresh; done | stats)"
WARM="$(for _ in $(seq "$RUNS"); do measure warm; done | stats)"
LOAD_AFTER="$(uptime | sed 's/.*load average: //')"
read -r F_MIN F_MED F_MAX <<<"$FRESH"; read -r W_MIN W_MED W_MAX <<<"$WARM"
{
  echo "### Startup: process start to the first signed 200 ($RUNS runs each)"
  echo
  echo "Host: $ARTIFACT. Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER (2 cores, shared)."
  echo
  echo "| database | min ms | median ms | max ms |"
  echo "|---|---:|---:|---:|"
  echo "| new file (migrations run) | $F_MIN | $F_MED | $F_MAX |"
  echo "| existing file | $W_MIN | $W_MED | $W_MAX |"
  echo
  echo "- target <= 1500 ms (median, new file): $([ "$F_MED" -le 1500 ] && echo met || echo MISSED)"
} | tee "$ROOT/bench/results/startup.md"
