#!/usr/bin/env bash
# Benchmark 2: fan-out of a resume to 100 channels + 2,000 notify-me subscribers against the emulator's Slack limits.
# Targets: <= 1.15x the least time the limits allow, 429s <= 1% of calls, 0 lost, 0 duplicated. Takes ~4 minutes.
# Usage: bench/fanout.sh [--channels 100] [--subscribers 2000] [--scale 1.0]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
dotnet build "$ROOT/bench/FanOut" -c Release -v q -nologo >/dev/null
dotnet "$ROOT/bench/FanOut/bin/Release/net10.0/FanOut.dll" "$@"
