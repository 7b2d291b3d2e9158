#!/usr/bin/env python3
"""Prints an import report (JSON on stdin) as the office reads it: per kind, then problems."""
import json
import sys

from terminal import say

LABELS = {"PROVINCIAL_COMMON": "省考共性", "MUNICIPAL_KEY_WORK": "市考个性工作", "COMMON": "共性指标", "NEGATIVE_LIST": "负面清单"}

report = json.load(sys.stdin)
if "code" in report and "status" in report:
    say(f"导入失败（{report['status']} {report['code']}）：{report.get('title')} — {report.get('detail')}")
    sys.exit(1)
plan = report.get("plan", {})
say(("已导入" if report["committed"] else "试导入（未提交，加 --commit 才会写入）") + f"：计划 {report['planId']}"
      f"  {plan.get('documentNumber') or ''} {plan.get('issuedOn') or ''}")
for kind, label in LABELS.items():
    say(f"  {label:<8} {report['counts'].get(kind, 0):>3} 项")
say(f"  合计     {report['total']:>3} 项；处室 {len(report['departments'])} 个，责任领导 {len(report['leaders'])} 位")
targets = sum(len(row["parsed"]["targets"]) for row in report["indicators"])
say(f"  识别出的量化目标 {targets} 个")
if report["committed"]:
    say(f"  新建 {report['created']} 项，已存在未改动 {report['unchanged']} 项")
else:
    say(f"  提交后将新建 {sum(1 for r in report['indicators'] if r['status'] == 'NEW')} 项")
for problem in report["problems"]:
    say(f"  问题：{problem['location']}：{problem['message']}")
sys.exit(1 if report["problems"] else 0)
