#!/usr/bin/env bash
# The browser tests' two machine packages, installed with apt-get when missing (and said so): Debian's chromium,
# driven by playwright-core (which never downloads a browser), and a CJK font — without one every Chinese glyph
# renders as a box while DOM text checks still pass.
set -euo pipefail
missing=()
[ -x "${KAOHE_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || missing+=(fonts-wqy-microhei)
[ ${#missing[@]} -eq 0 ] && exit 0
printf 'browser tests: installing %s with apt-get (about 75 s) …\n' "${missing[*]}"
run() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  printf 'browser tests need %s: run apt-get install %s as root\n' "${missing[*]}" "${missing[*]}" >&2; exit 1; fi; }
export DEBIAN_FRONTEND=noninteractive
run apt-get install -y -q "${missing[@]}" > /tmp/kaohe-browser-deps.log 2>&1 \
  || { run apt-get update -q > /dev/null 2>&1 && run apt-get install -y -q "${missing[@]}" \
       > /tmp/kaohe-browser-deps.log 2>&1; } \
  || { tail -n 20 /tmp/kaohe-browser-deps.log >&2; printf 'browser tests: apt-get install %s failed\n' "${missing[*]}" >&2; exit 1; }
printf 'browser tests: installed %s\n' "${missing[*]}"
