#!/usr/bin/env bash
# Shared helpers for the bench scripts: build once, start the emulator and the bot on loopback, sign requests like
# Slack, stop only the processes started here. Source it; do not run it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SECRET="bench-signing-secret-0123456789abcdef"
TOKEN="xoxb-emulator-token"
ADMIN="U0ADMIN"; LEAD="U0LEAD"; ALICE="U0ALICE"; CHORDUS="C0CHORDUS"
WORK="$(mktemp -d /tmp/pausebot-bench.XXXXXX)"
PIDS=()

cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

need() { command -v "$1" >/dev/null || { apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; }; }; }

build() { for p in "$@"; do dotnet build "$ROOT/$p" -c Release -v q -nologo >/dev/null; done; }
dll() { echo "$ROOT/$1/bin/Release/net10.0/$(basename "$1").dll"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_emulator [args...]: sets API (its ApiBaseUrl) and EMU_PID; its summary line lands in $WORK/emulator.out.
start_emulator() {
  dotnet "$(dll bench/EmulatorHost)" "$@" >"$WORK/emulator.out" 2>&1 &
  EMU_PID=$!; PIDS+=("$EMU_PID")
  for _ in $(seq 100); do API="$(head -n1 "$WORK/emulator.out" 2>/dev/null || true)"; [[ "$API" == http* ]] && return 0; sleep 0.1; done
  echo "emulator did not start: $(cat "$WORK/emulator.out")" >&2; return 1
}

# start_bot PORT: the Release build of the host against $API, a fresh SQLite file; sets BOT_PID.
bot_args() {
  BOT_ARGS=(--urls "http://127.0.0.1:$1" "--Slack:BotToken=$TOKEN" "--Slack:SigningSecret=$SECRET" "--Slack:ApiBaseUrl=$API"
    "--Database:ConnectionString=Data Source=$WORK/bot.db" "--PauseBot:Admins:0=$ADMIN" "--Logging:LogLevel:Default=Warning")
}
start_bot() {
  bot_args "$1"
  dotnet "$(dll src/PauseBot)" "${BOT_ARGS[@]}" >"$WORK/bot.log" 2>&1 &
  BOT_PID=$!; PIDS+=("$BOT_PID")
  wait_http "http://127.0.0.1:$1/healthz"
}

wait_http() { for _ in $(seq 300); do curl -fs -o /dev/null "$1" && return 0; sleep 0.05; done; echo "no answer from $1" >&2; return 1; }

urlencode() { python3 -c 'import sys,urllib.parse; print(urllib.parse.quote_plus(sys.argv[1], safe="-_.~"))' "$1"; }

# command_body USER TEXT [COMMAND]: a slash-command form body in Slack's field order.
command_body() {
  local cmd="${3:-/pausebot}"
  echo -n "token=bench&team_id=T0PAUSEBOT&team_domain=pausebot-emulated&channel_id=$CHORDUS&channel_name=chordus&user_id=$1&user_name=$1&command=$(urlencode "$cmd")&text=$(urlencode "$2")&api_app_id=A0PAUSEBOT&is_enterprise_install=false&response_url=$(urlencode "${API}../response/none")&trigger_id=1.2.bench"
}

# sign TS BODY: the X-Slack-Signature value.
sign() { echo -n "v0=$(printf 'v0:%s:%s' "$1" "$2" | openssl dgst -sha256 -hmac "$SECRET" -r | cut -d' ' -f1)"; }

# slack_command PORT USER TEXT [COMMAND]: a signed slash command; prints the body of the answer.
slack_command() {
  local body ts; body="$(command_body "$2" "$3" "${4:-/pausebot}")"; ts="$(date +%s)"
  curl -fsS "http://127.0.0.1:$1/slack/commands" -H "X-Slack-Request-Timestamp: $ts" -H "X-Slack-Signature: $(sign "$ts" "$body")" \
    -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "$body"
}

peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
