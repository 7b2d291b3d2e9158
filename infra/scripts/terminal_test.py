#!/usr/bin/env python3
"""./kaohe history, verify-chain, verify-evidence and import print stored text with its control characters escaped.

No system needed: a stand-in for the gateway and the identity service answers with hostile stored text (an ESC
sequence that would clear the screen, a CR and a newline that would forge a line, C1 and bidi controls).
Run: python3 infra/scripts/terminal_test.py (e2e.sh runs it first).
"""
import json
import os
import subprocess
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "infra", "scripts"))
from terminal import shown  # noqa: E402

HOSTILE = "整改\x1b[2J\x1b]0;pwned\x07\r2020-01-01 forged\n\x9b31m\u202eFDP.exe\u2066"

HISTORY = {"aggregateId": "ind-1", "contexts": ["indicator"], "events": [{
    "occurredAt": "2020-07-08T01:00:00Z", "type": "IndicatorTargetRevisedEvent", "globalIndex": 7, "sequence": 1,
    "actorName": "张三" + HOSTILE, "actorId": "u1", "actorDepartment": "办公室", "reason": HOSTILE,
    "changes": [{"field": "value", "before": HOSTILE, "after": 75}]}]}
CHAIN = {"links": 3, "lastChainedIndex": 3, "headHash": "ab" * 32, "checkpoints": 1, "signerKeyId": "k1",
         "breaks": [{"problem": "EDITED", "globalIndex": 2, "eventIdentifier": HOSTILE}]}
EVIDENCE = {"checked": 1, "matched": 0, "mismatches": [{"problem": "MISSING", "evidenceId": HOSTILE}]}
IMPORT = {"committed": False, "planId": "plan-2020", "plan": {"documentNumber": HOSTILE}, "counts": {}, "total": 0,
          "departments": [], "leaders": [], "indicators": [], "problems": [{"location": "第 3 行", "message": HOSTILE}]}


class StandIn(BaseHTTPRequestHandler):
    def do_GET(self):
        path = self.path.split("?")[0]
        self.answer(HISTORY if path.endswith("/history") else EVIDENCE if path.endswith("/evidence/verification")
                    else CHAIN)

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.answer({"access_token": "t"} if self.path.startswith("/dev/tokens") else IMPORT)

    def answer(self, body):
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def kaohe(port, data, *args):
    env = dict(os.environ, KAOHE_GATEWAY_PORT=str(port), KAOHE_IDENTITY_PORT=str(port), KAOHE_DATA=data,
               KAOHE_ANCHOR_DIR=os.path.join(data, "anchors"))
    return subprocess.run([os.path.join(ROOT, "kaohe"), *args], env=env, capture_output=True, text=True).stdout


def main():
    failures = []
    for raw, visible in {"\x1b[2J": "\\x1b[2J", "a\rb": "a\\rb", "a\nb": "a\\nb", "\x9b": "\\x9b", "\x7f": "\\x7f",
                         "\u202e": "\\u202e", "\u2069": "\\u2069", "整改\t完成": "整改\\t完成", None: ""}.items():
        if shown(raw) != visible:
            failures.append(f"shown({raw!r}) = {shown(raw)!r}, expected {visible!r}")
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with tempfile.TemporaryDirectory() as data:
        table = os.path.join(data, "分解表.txt")
        open(table, "w").close()
        outputs = {"history": kaohe(server.server_port, data, "history", "ind-1"),
                   "verify-chain": kaohe(server.server_port, data, "verify-chain"),
                   "verify-evidence": kaohe(server.server_port, data, "verify-evidence"),
                   "import": kaohe(server.server_port, data, "import", table)}
    server.shutdown()
    for command, output in outputs.items():
        hidden = sorted({f"U+{ord(c):04X}" for c in output if c != "\n" and shown(c) != c})
        if hidden:
            failures.append(f"./kaohe {command} printed {', '.join(hidden)} raw:\n{output}")
        elif "\\x1b[2J" not in output:
            failures.append(f"./kaohe {command} did not show the stored text escaped:\n{output}")
    for failure in failures:
        print("terminal_test FAILED: " + failure, file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
