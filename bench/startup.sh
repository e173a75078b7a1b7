#!/usr/bin/env bash
# Benchmark 4: from process start to the first signed 200 on /slack/commands (`/pausebot help`), Release build, a fresh
# SQLite file each run (so migrations are included) and a warm one. Target: <= 1.5 s. Usage: bench/startup.sh [runs]
source "$(dirname "$0")/lib.sh"
RUNS="${1:-10}"
need openssl openssl
build src/PauseBot bench/EmulatorHost
start_emulator

measure() { # fresh|warm -> milliseconds from exec to the first signed 200
  local port; port="$(free_port)"
  [ "$1" = fresh ] && rm -f "$WORK/bot.db" "$WORK/bot.db-wal" "$WORK/bot.db-shm"
  bot_args "$port"
  local body ts sig; body="$(command_body "$ALICE" "help")"
  local t0; t0="$(date +%s%N)"
  dotnet "$(dll src/PauseBot)" "${BOT_ARGS[@]}" >"$WORK/bot.log" 2>&1 &
  local pid=$!
  until ts="$(date +%s)"; sig="$(sign "$ts" "$body")"
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/slack/commands" -H "X-Slack-Request-Timestamp: $ts" \
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
read -r F_MIN F_MED F_MAX <<<"$FRESH"; read -r W_MIN W_MED W_MAX <<<"$WARM"
{
  echo "### Startup: process start to the first signed 200 ($RUNS runs each, Release)"
  echo
  echo "| database | min ms | median ms | max ms |"
  echo "|---|---:|---:|---:|"
  echo "| new file (migrations run) | $F_MIN | $F_MED | $F_MAX |"
  echo "| existing file | $W_MIN | $W_MED | $W_MAX |"
  echo
  echo "- target <= 1500 ms (median, new file): $([ "$F_MED" -le 1500 ] && echo met || echo MISSED)"
} | tee "$ROOT/bench/results/startup.md"
