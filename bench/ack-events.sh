#!/usr/bin/env bash
# Ack latency of commands and events, and (with a baseline ref) the same against an older build, alternating in one run.
# Commands: wrk -t2 -c50 with the pre-signed `/pausebot status chordus` of ack.sh. Events: wrk -t2 -c50 with signed
# event_callbacks, each with its own event_id (signed beforehand: wrk's Lua has no HMAC), of member_joined_channel in a
# channel that belongs to no project (a real handler that finds nothing to do), so the ack path is what is measured:
# since the inbox, verify + one INSERT committed to SQLite before the 200. The workers handle the backlog meanwhile.
# Usage: bench/ack-events.sh [seconds] [rounds] [baseline-git-ref]
source "$(dirname "$0")/lib.sh"
DURATION="${1:-10}"; ROUNDS="${2:-2}"; BASELINE="${3:-}"
need wrk wrk; need openssl openssl
build src/PauseBot bench/EmulatorHost
if [ -n "$BASELINE" ]; then
  BASE_SRC="$WORK/baseline"; mkdir -p "$BASE_SRC"
  git -C "$ROOT" archive "$BASELINE" | tar -x -C "$BASE_SRC"
  dotnet build "$BASE_SRC/src/PauseBot" -c Release -v q -nologo >/dev/null
fi

start_emulator
# start_named NAME DLL PORT: a bot on its own SQLite file.
start_named() {
  bot_args "$3"; BOT_ARGS=("${BOT_ARGS[@]/bot.db/$1.db}")
  dotnet "$2" "${BOT_ARGS[@]}" >"$WORK/$1.log" 2>&1 &
  PIDS+=("$!"); eval "PID_$1=$!"
  wait_http "http://127.0.0.1:$3/healthz"
  slack_command "$3" "$ADMIN" "project add chordus <#$CHORDUS|chordus> Chordus" >/dev/null
  slack_command "$3" "$ADMIN" "lead add chordus <@$LEAD|lena>" >/dev/null
  slack_command "$3" "$LEAD" "chordus The client is reassessing the scope" /pause >/dev/null
  grep -q "paused" <<<"$(slack_command "$3" "$ALICE" "status chordus")" || { echo "$1: status did not answer" >&2; exit 1; }
}
NAMES=(inbox); PORT_inbox="$(free_port)"; start_named inbox "$(dll src/PauseBot)" "$PORT_inbox"
if [ -n "$BASELINE" ]; then
  NAMES=(baseline inbox); PORT_baseline="$(free_port)"
  start_named baseline "$BASE_SRC/src/PauseBot/bin/Release/net10.0/PauseBot.dll" "$PORT_baseline"
fi

BODY="$(command_body "$ALICE" "status chordus")"
command_lua() { local ts; ts="$(date +%s)"; cat >"$WORK/command.lua" <<LUA
wrk.method = "POST"
wrk.body = "$BODY"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = "$ts"
wrk.headers["X-Slack-Signature"] = "$(sign "$ts" "$BODY")"
LUA
}

# event_lua RUN: N signatures for bodies that differ only in the event_id (Ev<RUN>x<i>), one per line, and a Lua script
# in which each wrk thread walks its own half (a wrap-around would repeat ids: counted as dup in the results).
EVENTS_PER_RUN=600000
event_lua() {
  local ts; ts="$(date +%s)"
  python3 - "$SECRET" "$ts" "$1" "$EVENTS_PER_RUN" >"$WORK/sigs.txt" <<'PY'
import hashlib, hmac, sys
secret, ts, run, n = sys.argv[1].encode(), sys.argv[2], sys.argv[3], int(sys.argv[4])
head = '{"token":"bench","team_id":"T0PAUSEBOT","api_app_id":"A0PAUSEBOT","event":{"type":"member_joined_channel","user":"U0BENCH","channel":"C0RANDOM","channel_type":"C","team":"T0PAUSEBOT","inviter":"","event_ts":"1700000000.000100"},"type":"event_callback","event_id":"Ev' + run + 'x'
out = sys.stdout
for i in range(n):
    body = head + str(i) + '","event_time":1700000000}'
    out.write(hmac.new(secret, ("v0:" + ts + ":" + body).encode(), hashlib.sha256).hexdigest() + "\n")
PY
  cat >"$WORK/event.lua" <<LUA
local threads, counter = {}, 0
function setup(thread) counter = counter + 1; thread:set("tid", counter - 1) end
function init(args)
  sigs = {}
  for line in io.lines("$WORK/sigs.txt") do sigs[#sigs + 1] = line end
  i = tid; wraps = 0
end
function request()
  if i >= #sigs then i = i - #sigs; wraps = wraps + 1 end
  local body = '{"token":"bench","team_id":"T0PAUSEBOT","api_app_id":"A0PAUSEBOT","event":{"type":"member_joined_channel","user":"U0BENCH","channel":"C0RANDOM","channel_type":"C","team":"T0PAUSEBOT","inviter":"","event_ts":"1700000000.000100"},"type":"event_callback","event_id":"Ev$1x' .. i .. '","event_time":1700000000}'
  local headers = { ["Content-Type"] = "application/json", ["X-Slack-Request-Timestamp"] = "$ts", ["X-Slack-Signature"] = "v0=" .. sigs[i + 1] }
  i = i + 2
  return wrk.format("POST", "/slack/events", headers, body)
end
LUA
}

run_wrk() { # name port script path seconds -> "rps p50ms p99ms non2xx"
  wrk -t2 -c50 -d"${5}s" --latency -s "$3" "http://127.0.0.1:$2$4" >"$WORK/$1.wrk"
  awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
       /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $5 }
       END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }' "$WORK/$1.wrk"
}

for name in "${NAMES[@]}"; do # warm-up
  port="PORT_$name"; command_lua; run_wrk "warm-c-$name" "${!port}" "$WORK/command.lua" /slack/commands 3 >/dev/null
  event_lua "w$name"; run_wrk "warm-e-$name" "${!port}" "$WORK/event.lua" /slack/events 3 >/dev/null
done
declare -A RESULTS LOADS
for r in $(seq "$ROUNDS"); do
  for name in "${NAMES[@]}"; do
    port="PORT_$name"
    command_lua; RESULTS["c-$name-$r"]="$(run_wrk "c-$name-$r" "${!port}" "$WORK/command.lua" /slack/commands "$DURATION")"
    LOADS["c-$name-$r"]="$(cut -d' ' -f1 /proc/loadavg)"
    event_lua "r$r$name"; RESULTS["e-$name-$r"]="$(run_wrk "e-$name-$r" "${!port}" "$WORK/event.lua" /slack/events "$DURATION")"
    LOADS["e-$name-$r"]="$(cut -d' ' -f1 /proc/loadavg)"
  done
done

{
  echo "### Ack latency, commands and events (wrk -t2 -c50 -d${DURATION}s, $ROUNDS alternating rounds${BASELINE:+, baseline \`$BASELINE\`})"
  echo
  echo "Machine: $(nproc) cores, shared; load average (1 min) after each run beside it. Events: distinct signed event_ids."
  echo
  echo "| build | kind | round | req/s | p50 ms | p99 ms | non-2xx | load |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  for r in $(seq "$ROUNDS"); do for name in "${NAMES[@]}"; do for kind in c e; do
    read -r rps p50 p99 bad <<<"${RESULTS[$kind-$name-$r]}"
    echo "| $name | $([ $kind = c ] && echo command || echo event) | $r | $rps | $p50 | $p99 | $bad | ${LOADS[$kind-$name-$r]} |"
  done; done; done
  for name in "${NAMES[@]}"; do
    pending=$(python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); t=[r[0] for r in c.execute(\"select name from sqlite_master where type='table'\")]; print(c.execute('select count(*) from Inbox where State=\"Pending\"').fetchone()[0] if 'Inbox' in t else 'n/a')" "$WORK/$name.db" 2>/dev/null || echo n/a)
    pid="PID_$name"; echo; echo "- $name: peak RSS $(peak_rss_mb "${!pid}") MB; inbox rows still waiting for a worker at the end: $pending"
  done
} | tee "$ROOT/bench/results/ack-events.md"
