#!/usr/bin/env python3
"""Demonstration data for the office's 台账与报告 pages, made through the API as the people who would make it.

    python3 infra/scripts/demo_ledger.py http://127.0.0.1:8080 http://127.0.0.1:8085 plan-2020 [--quarter 2020-Q3]

Needs a running system with the plan imported and dev tokens on (identity's POST /dev/tokens). Several liaisons
write ledger tasks under the six defines (六定) and submit them; the office approves some, one below its target
knowingly, and leaves others to review; a liaison asks for an extension (延期申请); a monthly check (月度检查) finds
a gap (问题清单); quarterly reports with site photos as evidence are submitted, one returned with the office's
reason and submitted again, one accepted (after the cooperating departments co-signed, 会签) and then asked to be
corrected (更正申请), one left a draft. Python standard library only. Running it again adds nothing twice: what
exists (a task of the same title, a report of the quarter) is found and taken further, not made again.
"""
import argparse
import json
import re
import struct
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib

# --- talking to the system --------------------------------------------------------------------------------------


class Refused(Exception):
    def __init__(self, status, problem):
        super().__init__(f"{status} {problem.get('code', '')}: {problem.get('detail') or problem.get('title')}")
        self.status = status
        self.code = problem.get("code")


class Api:
    def __init__(self, gateway, identity):
        self.gateway = gateway.rstrip("/")
        self.identity = identity.rstrip("/")
        self.tokens = {}

    def token(self, user):
        if user not in self.tokens:
            answer = self._send("POST", f"{self.identity}/dev/tokens?user={urllib.parse.quote(user)}", None, {})
            self.tokens[user] = answer[0]["access_token"]
        return self.tokens[user]

    def call(self, user, method, path, body=None, etag=None, query=None, raw=None, headers=None):
        url = f"{self.gateway}/api{path}"
        if query:
            url += "?" + urllib.parse.urlencode(query)
        sent = {"Authorization": f"Bearer {self.token(user)}", "Accept": "application/json", **(headers or {})}
        if etag:
            sent["If-Match"] = etag
        data = raw
        if raw is None and body is not None:
            data = json.dumps(body).encode()
            sent["Content-Type"] = "application/json"
        return self._send(method, url, data, sent)

    @staticmethod
    def _send(method, url, data, headers):
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                text = response.read().decode() or "null"
                return json.loads(text), response.headers.get("ETag")
        except urllib.error.HTTPError as error:
            text = error.read().decode(errors="replace")
            try:
                problem = json.loads(text)
            except ValueError:
                problem = {"detail": text[:200]}
            raise Refused(error.code, problem) from None

    def get(self, user, path, **query):
        return self.call(user, "GET", path, query=query)[0]


def eventually(what, attempt, seconds=30):
    """The ledger learns of evidence and co-signatures from events: try again while it catches up."""
    deadline = time.time() + seconds
    while True:
        try:
            return attempt()
        except Refused as refused:
            if time.time() > deadline or refused.status not in (404, 409, 422, 400):
                step(f"gave up waiting: {what}")
                raise
            time.sleep(1)


def step(text):
    print(f"demo: {text}")


# --- site photos: a drawn PNG carrying EXIF DateTimeOriginal (eXIf), so the evidence service reads when taken ----

def tiff_with_capture_time(taken):
    """A minimal big-endian TIFF/EXIF block: IFD0 → Exif IFD with DateTimeOriginal ("2020:08:12 10:30:00")."""
    value = taken.encode() + b"\0"
    header = b"MM\0\x2a" + struct.pack(">I", 8)
    ifd0 = struct.pack(">H", 1) + struct.pack(">HHII", 0x8769, 4, 1, 26) + struct.pack(">I", 0)
    exif = struct.pack(">H", 1) + struct.pack(">HHII", 0x9003, 2, len(value), 44) + struct.pack(">I", 0)
    return header + ifd0 + exif + value


def site_photo(taken, seed):
    """A 480×320 picture of a service hall (sky, building, windows, people), different for every seed."""
    width, height = 480, 320
    sky = [(120 + seed * 17) % 80 + 120, 170 + seed * 7 % 40, 230]
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 110:
                shade = y // 4
                pixel = (max(0, sky[0] - shade), max(0, sky[1] - shade), sky[2] - shade // 2)
            elif y < 260 and 60 <= x < 420:
                in_window = (x - 60) % 40 in range(8, 30) and (y - 110) % 36 in range(8, 26) and y < 230
                door = 220 <= x < 260 and y >= 200
                if door:
                    pixel = (90, 60, 40)
                elif in_window:
                    pixel = (200, 225, 245) if (x // 40 + y // 36 + seed) % 3 else (250, 235, 170)
                else:
                    pixel = (180 + seed * 13 % 50, 150, 130)
            elif y < 110 + 20 and 40 <= x < 440:
                pixel = (150, 40, 40)
            elif y >= 260:
                person = any(abs(x - cx) < 5 and y < 300 for cx in (100 + seed * 30, 330, 380 - seed * 11))
                pixel = (60, 60, 90) if person else (120 + (x + y) % 7, 125, 118)
            else:
                pixel = (90, 150, 80)
            row += bytes(pixel)
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"eXIf", tiff_with_capture_time(taken)) + chunk(b"IDAT", zlib.compress(b"".join(rows), 6))
            + chunk(b"IEND", b""))


# --- the story ---------------------------------------------------------------------------------------------------

DEMO = [
    # department, liaison, what to do with the quarter's report
    ("督查处", "liaison-duchachu", "returned-then-resubmitted"),
    ("政务服务管理处", "liaison-zhengwufuwuguanlichu", "accepted-then-correction"),
    ("审批制度改革处", "liaison-shenpizhidugaigechu", "submitted"),
    ("信息化建设处", "liaison-xinxihuajianshechu", "draft"),
    ("宣传教育处", "liaison-xuanchuanjiaoyuchu", "returned"),
]
OFFICE = "office-admin"


class Demo:
    def __init__(self, api, plan_id, quarter):
        self.api = api
        self.plan = plan_id
        self.quarter = quarter
        self.year = int(quarter[:4])
        number = int(quarter[-1])
        self.months = [f"{self.year}-{m:02d}" for m in range(number * 3 - 2, number * 3 + 1)]
        users = api._send("GET", f"{api.identity}/dev/users", None, {"Accept": "application/json"})[0]
        users = users.get("users", users) if isinstance(users, dict) else users
        self.liaison_of = {u["department"]: u["id"] for u in users
                           if "LIAISON" in [r.replace("ROLE_", "") for r in u.get("roles", [])]}

    def run(self):
        tasks = {}
        for department, liaison, _ in DEMO:
            tasks[department] = self.tasks(department, liaison)
        self.review(tasks)
        self.extension(tasks["督查处"][0], "liaison-duchachu")
        self.monthly_check("督查处", "liaison-duchachu", tasks["督查处"])
        self.monthly_check("审批制度改革处", "liaison-shenpizhidugaigechu", tasks["审批制度改革处"])
        for department, liaison, story in DEMO:
            self.report(department, liaison, story, tasks[department])
        board = self.api.get(OFFICE, "/ledger/reports/board", planId=self.plan, quarter=self.quarter)
        step(f"{self.quarter} board: {json.dumps(board['counts'], ensure_ascii=False)}")

    # tasks under the six defines ---------------------------------------------------------------------------------

    def tasks(self, department, liaison):
        carried = self.api.get(liaison, f"/ledger/plans/{self.plan}/carried", department=department)
        existing = {t["title"]: t for t in self.api.get(liaison, "/ledger/ledgers", planId=self.plan,
                                                           department=department)["items"]}
        lead = [i for i in carried if i["carriedAs"] == "LEAD"] or carried
        made = []
        plans = [(indicator, f"{indicator['code']} 年度推进任务", False) for indicator in lead[:2]]
        if department == "审批制度改革处":
            # one task planned below its indicator's target, left for the office to approve knowingly or return
            plans += [(indicator, f"{indicator['code']} 保底任务", True) for indicator in carried
                      if any(t.get("value") and float(t["value"]) > 1 for t in indicator.get("targets") or [])][:1]
        for indicator, title, below in plans:
            task = existing.get(title) or self.draft_task(department, liaison, indicator, title, below)
            if task["status"] == "DRAFT":
                task = self.api.call(liaison, "POST", f"/ledger/tasks/{task['taskId']}/submission",
                                     etag=f"\"{task['version']}\"")[0]
                step(f"{department} submitted 「{title}」 for the office's review")
            made.append(task)
        return made

    def draft_task(self, department, liaison, indicator, title, below):
        targets = [t for t in indicator.get("targets") or [] if t.get("value") is not None]
        quantity = None
        if targets:
            target = next((t for t in targets if float(t["value"]) > 1), targets[0]) if below else targets[0]
            value = float(target["value"])
            if below:
                value = round(value * 0.8, 1)
            quantity = {"value": value, "unit": target["unit"], "targetKey": target["key"]}
        defines = {
            "nature": f"{'牵头' if indicator['carriedAs'] == 'LEAD' else '配合'}落实{indicator['code']}",
            "quantity": quantity,
            "qualitative": quantity is None,
            "standard": "按市考核办评分细则，资料齐全、数据可核、群众满意度不低于95%",
            "deadline": f"{self.year}-11-30",
            "milestones": [{"dueOn": f"{self.year}-06-30", "description": "完成方案制定并部署"},
                           {"dueOn": f"{self.year}-09-30", "description": "完成过半任务量"}],
            "responsibleUnit": department,
            "responsiblePerson": {"督查处": "王磊", "政务服务管理处": "陈静", "审批制度改革处": "刘洋",
                                  "信息化建设处": "赵敏", "宣传教育处": "孙悦"}.get(department, "张伟"),
            "measures": "建立周调度、月通报机制；对照六定逐项推进，按月查漏补缺。",
        }
        task = self.api.call(liaison, "POST", "/ledger/tasks", {
            "planId": self.plan, "indicatorId": indicator["indicatorId"], "department": department,
            "title": title, "defines": defines})[0]
        step(f"{department} drafted 「{title}」")
        return task

    def review(self, tasks):
        """The office approves the tasks of the departments whose reports go further; the rest await review."""
        for department in ("督查处", "政务服务管理处"):
            for task in tasks[department]:
                current, etag = self.api.call(OFFICE, "GET", f"/ledger/tasks/{task['taskId']}")
                if (current.get("review") or {}).get("state") != "PENDING":
                    continue
                below = current.get("belowTarget", False)
                self.api.call(OFFICE, "POST", f"/ledger/tasks/{task['taskId']}/approval",
                              {"acceptBelowTarget": below}, etag=etag)
                step(f"office approved 「{current['title']}」{'（知悉低于目标值）' if below else ''}")
        for task in tasks["宣传教育处"][:1]:
            current, etag = self.api.call(OFFICE, "GET", f"/ledger/tasks/{task['taskId']}")
            if (current.get("review") or {}).get("state") == "PENDING":
                self.api.call(OFFICE, "POST", f"/ledger/tasks/{task['taskId']}/return",
                              {"reason": "定标准过于笼统，请写明可量化的验收标准"}, etag=etag)
                step(f"office returned 「{current['title']}」")

    def extension(self, task, liaison):
        current = self.api.get(OFFICE, f"/ledger/tasks/{task['taskId']}")
        if current.get("pendingExtension"):
            return
        deadline = current["defines"]["deadline"]
        if deadline >= f"{self.year}-12-31":
            return
        self.api.call(liaison, "POST", f"/ledger/tasks/{task['taskId']}/extensions", {
            "requestedDeadline": f"{self.year}-12-31", "reason": "省级验收推迟到12月中旬，申请顺延至年底"})
        step(f"{current['department']} asked to extend 「{current['title']}」 to {self.year}-12-31")

    # monthly check with a gap ------------------------------------------------------------------------------------

    def monthly_check(self, department, liaison, tasks):
        month = self.months[1]
        checks = self.api.get(liaison, "/ledger/checks", planId=self.plan, department=department)
        if any(c["month"] == month for c in checks):
            return
        check, etag = self.api.call(liaison, "POST", "/ledger/checks", {
            "planId": self.plan, "department": department, "month": month})
        path = f"/ledger/checks/{check['checkId']}"
        for task in tasks:
            quantity = task["defines"].get("quantity")
            body = {"status": "BEHIND" if task is tasks[-1] else "ON_TRACK", "note": "按月调度推进"}
            if quantity:
                body.update(actualValue=round(float(quantity["value"]) * 0.6, 1), unit=quantity["unit"])
            check, etag = self.api.call(liaison, "PUT", f"{path}/progress/{task['taskId']}", body, etag=etag)
        check, etag = self.api.call(liaison, "POST", f"{path}/gaps", {
            "taskId": tasks[-1]["taskId"], "description": "部分窗口办件材料未按要求归档，缺少群众评价记录",
            "owner": "窗口负责人", "fixBy": f"{month}-25"})
        check, etag = self.api.call(liaison, "POST", f"{path}/gaps", {
            "description": "月度台账未附现场照片", "owner": "联络员", "fixBy": f"{self.year}-12-20"})
        check, etag = self.api.call(liaison, "PUT", f"{path}/summary",
                                    {"summary": "本月整体按计划推进，发现问题2项，已明确责任人和整改时限。"}, etag=etag)
        self.api.call(liaison, "POST", f"{path}/submission", etag=etag)
        step(f"{department} submitted its {month} monthly check with 2 gaps")

    # quarterly reports with photos -------------------------------------------------------------------------------

    def photo(self, department, liaison, name, taken, seed):
        evidence = self.api.call(liaison, "POST", "/evidence/uploads", query={"planId": self.plan,
                                 "department": department}, raw=site_photo(taken, seed),
                                 headers={"Content-Type": "image/png",
                                          "X-File-Name": urllib.parse.quote(name)})[0]
        return evidence["evidenceId"]

    def report(self, department, liaison, story, tasks):
        row = next(r for r in self.api.get(OFFICE, "/ledger/reports/board", planId=self.plan,
                                           quarter=self.quarter)["departments"] if r["department"] == department)
        if row["status"] != "NOT_STARTED":
            return
        month = self.months[1]
        seed = [d for d, _, _ in DEMO].index(department)
        photos = [self.photo(department, liaison, f"{department}现场照片-{month}.png", f"{month.replace('-', ':')}:12 "
                             "10:30:00", seed)]
        if department == "督查处":
            # one taken a year before (outside the quarter), and the same file a second time: both flagged
            photos.append(self.photo(department, liaison, "督查现场-旧照片.png",
                                     f"{self.year - 1}:{month[5:]}:12 15:00:00", seed + 3))
            photos.append(self.photo(department, liaison, f"{department}现场照片-{month}-重复.png",
                                     f"{month.replace('-', ':')}:12 10:30:00", seed))
        narrative = (f"{self.quarter[:4]}年第{'一二三四'[int(self.quarter[-1]) - 1]}季度，{department}对照六定台账推进"
                     f"{len(tasks)}项任务：" + "；".join(t["title"] for t in tasks)
                     + "。已完成季度计划任务量的六成，发现问题已纳入问题清单限期整改。附现场照片。")
        report, etag = eventually("evidence known", lambda: self.api.call(liaison, "POST", "/ledger/reports", {
            "planId": self.plan, "department": department, "quarter": self.quarter, "narrative": narrative,
            "evidence": photos}))
        path = f"/ledger/reports/{report['reportId']}"
        for evidence_id in photos:
            # the evidence service learns of the new report from its event: wait for it
            eventually("report known to evidence", lambda: self.api.call(
                liaison, "POST", f"/evidence/{evidence_id}/links",
                {"targetType": "REPORT", "targetId": report["reportId"], "period": self.quarter}))
        step(f"{department} drafted its {self.quarter} report with {len(photos)} photo(s)")
        if story == "draft":
            return
        report, etag = self.api.call(liaison, "POST", f"{path}/submission", etag=etag)
        step(f"{department} submitted it")
        if story in ("returned", "returned-then-resubmitted"):
            report, etag = self.api.call(OFFICE, "POST", f"{path}/return",
                                         {"reason": "缺少示范点验收照片，请补充后重新报送"}, etag=etag)
            step("office returned it: 缺少示范点验收照片")
        if story == "returned-then-resubmitted":
            report, etag = self.api.call(liaison, "PUT", path, {
                "narrative": narrative + "已补充示范点验收照片。", "evidence": photos}, etag=etag)
            report, etag = self.api.call(liaison, "POST", f"{path}/submission", etag=etag)
            step(f"{department} revised and submitted it again (round 2)")
        if story == "accepted-then-correction":
            self.co_sign(department, tasks)
            report, etag = eventually("co-signatures known", lambda: self.api.call(
                OFFICE, "POST", f"{path}/acceptance", etag=self.api.call(OFFICE, "GET", path)[1]))
            step("office accepted it")
            self.api.call(liaison, "POST", f"{path}/corrections", {
                "narrative": narrative.replace("六成", "七成"), "evidence": photos,
                "reason": "季度完成量统计有误，应为七成"})
            step(f"{department} asked to correct it (更正申请)")

    def co_sign(self, department, tasks):
        """会签: every named cooperating department confirms its contribution to the lead tasks this quarter."""
        carried = {i["indicatorId"]: i for i in self.api.get(OFFICE, f"/ledger/plans/{self.plan}/carried",
                                                              department=department)}
        for task in tasks:
            indicator = carried.get(task["indicatorId"])
            if task["carriedAs"] != "LEAD" or not indicator:
                continue
            signed = {s["department"] for s in self.api.get(OFFICE, f"/ledger/tasks/{task['taskId']}")
                      .get("coSignatures", []) if s["quarter"] == self.quarter}
            for other in indicator.get("cooperatingDepartments") or []:
                if other in signed or other not in self.liaison_of:
                    continue
                self.api.call(self.liaison_of[other], "POST", f"/ledger/tasks/{task['taskId']}/co-signatures",
                              {"quarter": self.quarter, "contribution": f"{other}按分工完成配合事项并提供数据"})
                step(f"{other} co-signed 「{task['title']}」")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gateway", help="the gateway, e.g. http://127.0.0.1:8080")
    parser.add_argument("identity", help="the identity service with dev tokens, e.g. http://127.0.0.1:8085")
    parser.add_argument("plan", help="the plan id, e.g. plan-2020")
    parser.add_argument("--quarter", help="the quarter of the reports (default: the plan year's third quarter)")
    args = parser.parse_args()
    api = Api(args.gateway, args.identity)
    year = api.get(OFFICE, f"/ledger/plans/{args.plan}")["year"]
    quarter = args.quarter or f"{year}-Q3"
    if not re.fullmatch(r"\d{4}-Q[1-4]", quarter):
        parser.error("--quarter looks like 2020-Q3")
    try:
        Demo(api, args.plan, quarter).run()
    except Refused as refused:
        print(f"demo FAILED: {refused}", file=sys.stderr)
        return 1
    step("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
