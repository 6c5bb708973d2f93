#!/usr/bin/env bash
# Browser tests: Swagger UI and the dashboard in headless Debian Chromium, driven by playwright-core.
#
# Installs what they need (Debian's chromium if missing, the npm packages of package-lock.json),
# starts the emulator on a free loopback port with the embedded database, demo data and the manual
# clock (so nothing moves unless a test moves it), runs the tests, and stops the emulator.
# Screenshots: target/browser-screenshots/. Emulator log: target/browser-tests-app.log.
#
# Usage: src/test/browser/run.sh             builds the jar with ./mvnw first
#        IOTDA_JAR=target/x.jar run.sh      uses that jar (e.g. the one ./mvnw verify just built)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
cd "$ROOT"

if [ ! -x "$CHROMIUM" ]; then
  echo "[browser-tests] installing Debian's chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
"$CHROMIUM" --version

echo "[browser-tests] npm ci"
(cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error)

JAR="${IOTDA_JAR:-}"
if [ -z "$JAR" ]; then
  echo "[browser-tests] building the application jar"
  ./mvnw -B -q -DskipTests package
  JAR="$(ls target/iotda-batch-emulator-*.jar | grep -v -- '-plain' | head -n 1)"
fi
[ -f "$JAR" ] || { echo "[browser-tests] no jar at '$JAR'" >&2; exit 1; }

PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})")"
BASE_URL="http://127.0.0.1:$PORT"
LOG="$ROOT/target/browser-tests-app.log"
mkdir -p "$ROOT/target"

echo "[browser-tests] starting $JAR on $BASE_URL"
# Empty datasource settings from the environment would point it elsewhere: the embedded H2 is wanted.
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  java -Xmx512m -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
  --iotda.demo.enabled=true --iotda.simulation.clock.mode=manual >"$LOG" 2>&1 &
APP_PID=$!
stop_app() {
  if kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT

ready=""
for _ in $(seq 1 240); do
  if curl -sf "$BASE_URL/actuator/health/readiness" >/dev/null 2>&1; then
    ready=yes
    break
  fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    break
  fi
  sleep 1
done
if [ -z "$ready" ]; then
  echo "[browser-tests] the emulator did not become ready; its log:" >&2
  tail -n 60 "$LOG" >&2
  exit 1
fi
echo "[browser-tests] ready"

cd "$HERE"
IOTDA_BASE_URL="$BASE_URL" SCREENSHOT_DIR="$ROOT/target/browser-screenshots" CHROMIUM="$CHROMIUM" \
  node --test --test-concurrency=1 tests/
