#!/usr/bin/env bash
# Benchmark 1: ack throughput and latency of a signed `/pausebot status chordus` (a real state lookup) over 50
# connections, against the ceiling (an ASP.NET endpoint that only verifies the signature), alternating in one run.
# Targets: >= 50% of the ceiling's req/s, p99 <= 10 ms, bot peak RSS <= 150 MB; then where the bot's RSS is, by component.
# Usage: bench/ack.sh [seconds] [rounds]
source "$(dirname "$0")/lib.sh"
DURATION="${1:-10}"; ROUNDS="${2:-2}"
need wrk wrk; need openssl openssl
build src/PauseBot bench/Ceiling bench/EmulatorHost

start_emulator
BOT_PORT="$(free_port)"; CEIL_PORT="$(free_port)"
start_bot "$BOT_PORT"
dotnet "$(dll bench/Ceiling)" --urls "http://127.0.0.1:$CEIL_PORT" --secret "$SECRET" >"$WORK/ceiling.log" 2>&1 &
CEIL_PID=$!; PIDS+=("$CEIL_PID")
sleep 1

slack_command "$BOT_PORT" "$ADMIN" "project add chordus <#$CHORDUS|chordus> Chordus" >/dev/null
slack_command "$BOT_PORT" "$ADMIN" "lead add chordus <@$LEAD|lena>" >/dev/null
slack_command "$BOT_PORT" "$LEAD" "chordus The client is reassessing the scope" /pause >/dev/null
probe="$(slack_command "$BOT_PORT" "$ALICE" "status chordus")"
grep -q "paused" <<<"$probe" || { echo "status did not answer as expected: $probe" >&2; exit 1; }

# wrk's Lua has no HMAC: sign once (Slack's window is 5 minutes; the run is shorter) and replay the same request.
BODY="$(command_body "$ALICE" "status chordus")"; TS="$(date +%s)"; SIG="$(sign "$TS" "$BODY")"
cat >"$WORK/status.lua" <<LUA
wrk.method = "POST"
wrk.body = "$BODY"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["X-Slack-Request-Timestamp"] = "$TS"
wrk.headers["X-Slack-Signature"] = "$SIG"
LUA

run_wrk() { # name port seconds -> "rps p50ms p99ms non2xx"
  wrk -t2 -c50 -d"${3}s" --latency -s "$WORK/status.lua" "http://127.0.0.1:$2/slack/commands" >"$WORK/$1.wrk"
  awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
       /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $5 }
       END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, bad }' "$WORK/$1.wrk"
}

LOAD0="$(cut -d' ' -f1-3 /proc/loadavg)"
run_wrk warm-bot "$BOT_PORT" 3 >/dev/null; run_wrk warm-ceiling "$CEIL_PORT" 3 >/dev/null
declare -a BOT CEIL
for r in $(seq "$ROUNDS"); do
  BOT+=("$(run_wrk "bot$r" "$BOT_PORT" "$DURATION")")
  CEIL+=("$(run_wrk "ceiling$r" "$CEIL_PORT" "$DURATION")")
done
RSS="$(peak_rss_mb "$BOT_PID")"; CEIL_RSS="$(peak_rss_mb "$CEIL_PID")"
python3 "$ROOT/bench/rss_by_component.py" "$BOT_PID" >"$WORK/rss.md"; LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"

best() { printf '%s\n' "$@" | sort -k1,1nr | head -n1; } # the round with the highest throughput
read -r B_RPS B_P50 B_P99 B_BAD <<<"$(best "${BOT[@]}")"
read -r C_RPS C_P50 C_P99 C_BAD <<<"$(best "${CEIL[@]}")"
RATIO="$(awk -v b="$B_RPS" -v c="$C_RPS" 'BEGIN { printf "%.0f", 100 * b / c }')"
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = (op == "<=" ? v <= t : v >= t); print (ok ? "met" : "MISSED") }'; }

{
  echo "### Ack throughput (wrk -t2 -c50 -d${DURATION}s, signed \`/pausebot status chordus\`, best of $ROUNDS alternating rounds)"
  echo
  echo "| | req/s | p50 ms | p99 ms | non-2xx | peak RSS MB |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| PauseBot | $B_RPS | $B_P50 | $B_P99 | $B_BAD | $RSS |"
  echo "| ceiling (signature only) | $C_RPS | $C_P50 | $C_P99 | $C_BAD | $CEIL_RSS |"
  echo
  echo "- throughput: ${RATIO}% of the ceiling (target >= 50%: $(verdict "$RATIO" 50 ">="))"
  echo "- p99: ${B_P99} ms (target <= 10 ms: $(verdict "$B_P99" 10 "<="))"
  echo "- peak RSS: ${RSS} MB (target <= 150 MB: $(verdict "$RSS" 150 "<="))"
  echo "- all rounds (req/s p50 p99 non-2xx): bot ${BOT[*]/%/;} ceiling ${CEIL[*]/%/;}"
  echo "- load average (1, 5, 15 min) before the rounds: $LOAD0; after: $LOAD; $(nproc) cores"
  echo
  echo "PauseBot's resident memory after the last round, by component (\`bench/rss_by_component.py\`):"
  echo
  echo "| component | MB |"
  echo "|---|---:|"
  cat "$WORK/rss.md"
} | tee "$ROOT/bench/results/ack.md"
