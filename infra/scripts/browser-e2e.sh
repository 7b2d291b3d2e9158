#!/usr/bin/env bash
# The web app in a real browser (headless Debian chromium via playwright-core): the office's walk (web/e2e/walk.mjs),
# then the departments' quarter (walk-ledger.mjs: liaisons, the office, a leader, the auditor), then 督办 and reminders
# (walk-supervision.mjs: a 督办单 through every step, the inbox, the reminder policy), against the whole
# system, started by ./kaohe on its own ports and data directory with the demonstration business day. Installs
# chromium and the CJK font first when they are missing. Screenshots of every main page: web/target/screenshots.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
KAOHE="$ROOT/kaohe"
"$ROOT/infra/scripts/browser-deps.sh"
export KAOHE_DATA="${KAOHE_BROWSER_DATA:-$(mktemp -d /tmp/kaohe-browser.XXXXXX)}"
base="${KAOHE_BROWSER_PORT_BASE:-29000}"
export KAOHE_PG_PORT=$((base + 432)) KAOHE_KAFKA_PORT=$((base + 92)) KAOHE_KAFKA_CONTROLLER_PORT=$((base + 93))
export KAOHE_S3_PORT=$((base + 900)) KAOHE_GATEWAY_PORT=$((base + 80)) KAOHE_INDICATOR_PORT=$((base + 81))
export KAOHE_LEDGER_PORT=$((base + 82)) KAOHE_EVIDENCE_PORT=$((base + 83)) KAOHE_SCORING_PORT=$((base + 84))
export KAOHE_IDENTITY_PORT=$((base + 85)) KAOHE_SUPERVISION_PORT=$((base + 86)) KAOHE_CRUD_PEER_PORT=$((base + 97))
export KAOHE_SMTP_PORT=$((base + 25)) KAOHE_IMAP_PORT=$((base + 43)) KAOHE_MAIL_WEB_PORT=$((base + 580))
unset KAOHE_JWT_ISSUER KAOHE_DEV_HEADERS
export KAOHE_BUSINESS_DATE="${KAOHE_BUSINESS_DATE:-2020-10-15}" KAOHE_DEMO_PASSWORD="${KAOHE_DEMO_PASSWORD:-kaohe-demo-2020}"
trap '"$KAOHE" stop >/dev/null 2>&1 || true; rm -rf "$KAOHE_DATA"' EXIT
"$KAOHE" start > "$KAOHE_DATA/start.log" 2>&1 || { cat "$KAOHE_DATA/start.log"; echo "browser FAILED: the system did not start" >&2; exit 1; }
echo "browser: system up on ports $base+ (business day $KAOHE_BUSINESS_DATE)"
rm -rf "$ROOT/web/target/screenshots"
cd "$ROOT/web"
# the built app with /config.json held: its 正在加载, then the failure with 重新加载 (never a white page)
SHOTS="$ROOT/web/target/screenshots" node e2e/startup.mjs
GATEWAY="http://127.0.0.1:$KAOHE_GATEWAY_PORT" IDENTITY="http://127.0.0.1:$KAOHE_IDENTITY_PORT" node e2e/warm.mjs
GATEWAY="http://127.0.0.1:$KAOHE_GATEWAY_PORT" DEMO_PASSWORD="$KAOHE_DEMO_PASSWORD" SHOTS="$ROOT/web/target/screenshots" \
  SEED="$ROOT/indicator-service/src/test/resources/importing/decomposition-2020.txt" node e2e/walk.mjs \
  || { tail -n 40 "$KAOHE_DATA/logs/identity.log" >&2; exit 1; }
GATEWAY="http://127.0.0.1:$KAOHE_GATEWAY_PORT" IDENTITY="http://127.0.0.1:$KAOHE_IDENTITY_PORT" KAOHE="$KAOHE" \
  DEMO_PASSWORD="$KAOHE_DEMO_PASSWORD" SHOTS="$ROOT/web/target/screenshots" node e2e/walk-ledger.mjs \
  || { for log in ledger evidence gateway; do tail -n 30 "$KAOHE_DATA/logs/$log.log" >&2; done; exit 1; }
GATEWAY="http://127.0.0.1:$KAOHE_GATEWAY_PORT" IDENTITY="http://127.0.0.1:$KAOHE_IDENTITY_PORT" \
  DEMO_PASSWORD="$KAOHE_DEMO_PASSWORD" SHOTS="$ROOT/web/target/screenshots" node e2e/walk-supervision.mjs \
  || { for log in supervision gateway; do tail -n 40 "$KAOHE_DATA/logs/$log.log" >&2; done; exit 1; }
