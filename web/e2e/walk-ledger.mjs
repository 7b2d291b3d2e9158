// The departments' quarter in a real browser (headless Debian chromium), after walk.mjs imported the plan:
//   a liaison of 审批制度改革处 drafts a task under all six defines → submits → the office approves it → the liaison
//   records August's progress and a gap, writes the 小结 and submits the check → drafts the Q3 report and uploads two
//   photos (one from a phone-sized screen) → submits → the office returns it with a reason → the liaison reads the
//   reason, revises, resubmits → the cooperating departments co-sign (督查处 in the browser on a phone) → the office
//   accepts → the leader sees the report and its photos → the auditor finds every step on the report's timeline
//   with who and why, downloads the export and ./kaohe verify-export verifies it offline.
// And the refusals: another department's report URL, an oversized file, a disguised file.
//   GATEWAY=… IDENTITY=… DEMO_PASSWORD=… KAOHE=…/kaohe SHOTS=… node e2e/walk-ledger.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { launch } from './browser.mjs'
import { open, person, reportFailure } from './people.mjs'
import { clickAndSave, confirmBox, fill, giveReason, pageWidth, pick, pickDate, shooter, text, waitForText } from './ui.mjs'

const GATEWAY = process.env.GATEWAY ?? 'http://127.0.0.1:8080'
const IDENTITY = process.env.IDENTITY ?? 'http://127.0.0.1:8085'
const KAOHE = process.env.KAOHE
const SHOTS = process.env.SHOTS ?? 'target/screenshots'
const FILES = join(SHOTS, 'files')
mkdirSync(FILES, { recursive: true })
const shot = shooter(SHOTS)

const LEAD = { user: 'liaison-shenpizhidugaigechu', department: '审批制度改革处', name: '审批制度改革处联络员' }
// 市考个性工作-14 (落实全面深化改革任务): 审批制度改革处 leads, four departments cooperate
const INDICATOR = '市考个性工作-14'
const INDICATOR_TEXT = '落实全面深化改革任务'
const CO_SIGNER = 'liaison-duchachu'
const OTHER_CO_SIGNERS = ['liaison-zhengwufuwuguanlichu', 'liaison-xinxihuajianshechu', 'liaison-zonghefuwuchu']
const LEADER = 'leader-duan'
const LEADER_NAME = '段重利'
const TITLE = '推进“一件事一次办”主题式集成服务'
const RETURN_REASON = '缺少8月“一件事一次办”专区的现场照片说明，请补充后重新报送'

const steps = []
function step(line) { steps.push(line); console.log(`browser: ${line}`) }
function check(condition, line) { if (!condition) throw new Error(line) }

/** A site photo (PNG with EXIF DateTimeOriginal), drawn by the demo data's own generator. */
function photo(name, taken, seed) {
  const path = join(FILES, name)
  execFileSync('python3', ['-c', 'import sys; sys.path.insert(0, sys.argv[1]); import demo_ledger; '
    + 'open(sys.argv[2], "wb").write(demo_ledger.site_photo(sys.argv[3], int(sys.argv[4])))',
  join(import.meta.dirname, '../../infra/scripts'), path, taken, String(seed)])
  return path
}

/** Another department's co-signature through the API, as its liaison (the walk co-signs one in the browser). */
async function coSignThroughApi(user, taskId) {
  const issued = await fetch(`${IDENTITY}/dev/tokens?user=${user}`, { method: 'POST' })
  const { access_token: token } = await issued.json()
  const answer = await fetch(`${GATEWAY}/api/ledger/tasks/${taskId}/co-signatures`, {
    method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ quarter: '2020-Q3', contribution: '按分工完成本处室承担的配合事项' }),
  })
  check(answer.ok, `${user} could not co-sign: ${answer.status} ${await answer.text()}`)
}

const idFrom = (url, kind) => new URL(url).pathname.split(`/mine/${kind}/`)[1]

const browser = await launch()
try {
  const liaison = await person(browser, LEAD.user)
  const office = await person(browser, 'office-admin')
  let page = liaison.page

  // ---- 台账: a task under the six defines ---------------------------------------------------------------------------
  await open(page, '/mine/tasks', '[data-test=task-new]')
  await shot(page, '20-liaison-tasks')
  await page.click('[data-test=task-new]')
  await page.waitForSelector('[data-test=task-title]')
  if (await page.locator('[data-test=task-indicator]').count()) await pick(page, 'task-indicator', `${INDICATOR}（`)
  await fill(page, 'task-title', TITLE)
  await fill(page, 'define-nature', '深化“放管服”改革的重点任务，牵头推进“一网、一门、一次”')
  await fill(page, 'define-quantity-value', '12')
  await fill(page, 'define-quantity-unit', '项')
  const missing = await text(page, '[data-test=completeness]')
  check(/定标准/.test(missing) && /定时限/.test(missing), `the meter does not name the missing defines: ${missing}`)
  await shot(page, '21-task-half-filled')
  step(`a half-filled task names what is missing: ${missing.replace(/\s+/g, ' ')}`)
  await fill(page, 'define-standard', '12项主题式集成服务在市级政务大厅和网上办事大厅同步上线，办理环节压减50%以上')
  await pickDate(page, 'define-deadline', '2020-12-20')
  await page.click('[data-test=milestone-add]')
  await pickDate(page, 'milestone-date', '2020-09-30')
  await fill(page, 'milestone-description', '上线首批6项主题式集成服务')
  await fill(page, 'define-unit', '审批制度改革处')
  await fill(page, 'define-person', '王立新')
  await fill(page, 'define-measures', '梳理高频事项清单；会同信息化建设处改造办事系统；每月通报进度')
  const complete = await text(page, '[data-test=completeness]')
  check(!/还缺/.test(complete), `all six defines are filled, yet the meter says: ${complete}`)
  await page.click('[data-test=task-save]')
  await page.waitForURL((url) => /^\/mine\/tasks\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'),
    { timeout: 30_000 })
  const taskId = idFrom(page.url(), 'tasks')
  check(taskId && taskId !== 'new', `no task id in ${page.url()}`)
  await page.click('[data-test=task-submit]')
  await confirmBox(page)
  const submittedTask = await waitForText(page, '[data-test=task-state]', /提交|审核/)
  await shot(page, '22-task-submitted', { fullPage: true })
  step(`drafted "${TITLE}" with all six defines and submitted it (${submittedTask})`)

  // ---- the office approves it ----------------------------------------------------------------------------------
  await open(office.page, '/ledger?tab=tasks', '[data-test=task-row]')
  const toApprove = office.page.locator('tr', { has: office.page.locator('[data-test=task-row]', { hasText: TITLE }) })
  await toApprove.locator('[data-test=task-approve]').first().click()
  await confirmBox(office.page)
  await toApprove.first().waitFor({ state: 'detached', timeout: 30_000 })
  step('the office approved the six defines on 六定审核')
  await open(page, `/mine/tasks/${taskId}`, '[data-test=task-review]')
  const review = await text(page, '[data-test=task-review]')
  check(/审核通过/.test(review), `the liaison does not see the approval: ${review}`)
  await shot(page, '23-task-approved', { fullPage: true })
  step(`the liaison sees the office's decision: ${review.replace(/\s+/g, ' ').slice(0, 60)}`)

  // ---- 月度检查: August ----------------------------------------------------------------------------------------------
  await open(page, '/mine/checks', '[data-test=check-new]')
  await page.click('[data-test=check-new]')
  await pickDate(page, 'check-month', '2020-08')
  await page.click('[data-test=check-open]')
  await page.waitForURL(/\/mine\/checks\/[^/]+$/, { timeout: 30_000 })
  const row = page.locator('[data-test=progress-row]', { hasText: TITLE }).first()
  await row.waitFor({ timeout: 30_000 })
  await fill(row, 'progress-value', '6')
  await fill(row, 'progress-note', '首批6项已上线试运行')
  await row.locator('[data-test=progress-status]').click() // a status is asked of every task, its number too
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '正常推进' }).first().click()
  await clickAndSave(page, row.locator('[data-test=progress-save]'))
  await page.click('[data-test=gap-new]')
  await fill(page, 'gap-description', '“开办餐饮店”一件事的电子证照调用未打通')
  await fill(page, 'gap-owner', '王立新')
  await pickDate(page, 'gap-fix-by', '2020-10-31')
  await page.click('[data-test=gap-save]')
  await page.waitForSelector('[data-test=gap-row]:has-text("电子证照")', { timeout: 30_000 })
  await fill(page, 'check-summary', '8月完成首批6项主题式集成服务上线，电子证照调用问题已列入问题清单，10月底前解决。')
  await clickAndSave(page, '[data-test=summary-save]')
  const lateness = await text(page, '[data-test=check-lateness]')
  await shot(page, '24-check-filled', { fullPage: true })
  await page.click('[data-test=check-submit]')
  await confirmBox(page)
  const checkState = await waitForText(page, '[data-test=check-state]', /提交/)
  step(`August's check: progress 6 项, a gap with owner and fix-by, the 小结; before submitting it said "${lateness
    .replace(/\s+/g, ' ')}"; now ${checkState}`)

  // ---- 我的得分: what would raise the score most, computed by scoring -------------------------------------------------
  await open(page, '/mine/score', '[data-test=opportunity-row]')
  const best = await text(page, '[data-test=opportunity-row]')
  check(/\+\s*\d/.test(best), `the first opportunity carries no points: ${best}`)
  await shot(page, '25-score-opportunities', { fullPage: true })
  step(`我的得分 ranks what would raise the score most; first: ${best.replace(/\s+/g, ' ').slice(0, 60)}`)

  // ---- 季度报告: draft, photos from a desktop and a phone, the refusals ----------------------------------------------
  await open(page, '/mine/reports', '[data-test=report-new]')
  await page.click('[data-test=report-new]')
  await pick(page, 'report-quarter', '第三季度')
  await page.click('[data-test=report-create]')
  await page.waitForURL(/\/mine\/reports\/[^/]+$/, { timeout: 30_000 })
  const reportId = idFrom(page.url(), 'reports')
  await fill(page, 'report-narrative-input', '第三季度上线首批6项主题式集成服务，平均办理环节由9个压减到4个。')
  await clickAndSave(page, '[data-test=report-save]')
  const upload = (target, files) => target.locator('[data-test=evidence-upload] input[type=file]').first().setInputFiles(files)
  await upload(page, photo('一件事专区-8月.png', '2020:08:20 10:30:00', 1))
  await page.waitForSelector('[data-test=evidence-item]', { timeout: 60_000 })
  const captured = await text(page, '[data-test=evidence-item]')
  check(/2020/.test(captured), `the photo's capture time is not shown: ${captured}`)
  step(`a photo uploaded by dropping it on the page: its EXIF capture time shows (${captured.replace(/\s+/g, ' ').slice(0, 40)})`)

  const disguised = join(FILES, '现场照片.png')
  writeFileSync(disguised, 'MZ this is not a picture at all '.repeat(64))
  await upload(page, disguised)
  const disguisedError = await text(page, '[data-test=upload-error]')
  check(disguisedError.length > 4, 'a disguised file is not refused with a message')
  const oversized = join(FILES, '过大的照片.png')
  writeFileSync(oversized, Buffer.alloc(21 * 1024 * 1024, 7))
  await upload(page, oversized)
  await page.waitForSelector('[data-test=upload-error] >> nth=1', { timeout: 60_000 })
  const errors = await page.locator('[data-test=upload-error]').allTextContents()
  await shot(page, '26-upload-refused', { fullPage: true })
  check((await page.locator('[data-test=evidence-item]').count()) === 1, 'a refused file became evidence')
  step(`refused beside the upload: a disguised file ("${disguisedError.slice(0, 40)}") and a 21 MB one ("${errors[1]
    .trim().slice(0, 40)}")`)

  const phone = await person(browser, LEAD.user, { phone: true })
  await open(phone.page, `/mine/reports/${reportId}`, '[data-test=evidence-upload]')
  const camera = phone.page.locator('[data-test=camera-input]')
  const phoneInput = (await camera.count()) ? camera.locator('xpath=self::input | .//input[@type="file"]').first()
    : phone.page.locator('[data-test=evidence-upload] input[type=file]').first()
  if (await camera.count()) check(await phoneInput.getAttribute('capture') !== null, 'the camera input has no capture')
  await phoneInput.setInputFiles(photo('办事大厅-9月.png', '2020:09:15 15:20:00', 2))
  await phone.page.waitForSelector('[data-test=evidence-item] >> nth=1', { timeout: 60_000 })
  const phoneWidth = await pageWidth(phone.page)
  await shot(phone.page, '27-report-phone', { fullPage: true })
  check(phoneWidth <= 390, `the report page scrolls sideways on a phone (${phoneWidth} px)`)
  step(`the second photo came from a 390 px phone screen (${phoneWidth} px wide, no sideways scrolling)`)

  await open(page, `/mine/reports/${reportId}`, '[data-test=evidence-item] >> nth=1')
  await page.click('[data-test=report-submit]')
  await confirmBox(page)
  await waitForText(page, '[data-test=my-report-state]', /提交/)
  step('the Q3 report with two photos is submitted')

  // ---- the office returns it; the liaison reads why, revises, resubmits -----------------------------------------
  await open(office.page, `/reports/${reportId}`, '[data-test=report-return]')
  await office.page.click('[data-test=report-return]')
  await giveReason(office.page, RETURN_REASON)
  await waitForText(office.page, '[data-test=report-status]', /退回/)
  step('the office returned the report with its reason (in the browser)')
  await open(page, `/mine/reports/${reportId}`, '[data-test=report-return-reason]')
  const shownReason = await text(page, '[data-test=report-return-reason]')
  check(shownReason.includes(RETURN_REASON.slice(0, 12)), `the liaison does not see the office's reason: ${shownReason}`)
  await shot(page, '28-report-returned', { fullPage: true })
  await fill(page, 'report-narrative-input', '第三季度上线首批6项主题式集成服务，平均办理环节由9个压减到4个；'
    + '补充说明：8月照片为“一件事一次办”专区，9月照片为市级政务大厅综合窗口。')
  await clickAndSave(page, '[data-test=report-save]')
  await page.click('[data-test=report-submit]')
  await confirmBox(page)
  await waitForText(page, '[data-test=my-report-state]', /提交/)
  step('the liaison read the reason, revised the narrative and resubmitted (round 2)')

  // ---- 会签: the cooperating departments ---------------------------------------------------------------------------
  const coSigner = await person(browser, CO_SIGNER, { phone: true })
  await open(coSigner.page, `/mine/reports/${reportId}`)
  await coSigner.page.waitForSelector('[data-test=refusal]', { timeout: 30_000 })
  const refusal = await text(coSigner.page, '[data-test=refusal]')
  await shot(coSigner.page, '29-other-department-refused')
  step(`督查处's liaison opening 审批制度改革处's report is refused: ${refusal.replace(/\s+/g, ' ').slice(0, 60)}`)
  await open(coSigner.page, '/mine/co-signs', '[data-test=cosign-row]')
  const toSign = coSigner.page.locator('[data-test=cosign-row]', { hasText: TITLE }).first()
  await toSign.waitFor({ timeout: 30_000 })
  if (await toSign.locator('[data-test=cosign-quarter]').count()) {
    await toSign.locator('[data-test=cosign-quarter]').click()
    await coSigner.page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: '第三季度' }).first().click()
  } else if (await coSigner.page.locator('[data-test=cosign-quarter]').count()) {
    await pick(coSigner.page, 'cosign-quarter', '第三季度')
  }
  await fill(toSign, 'cosign-contribution', '督查处对“好差评”制度落实情况开展了两轮专项督查')
  await toSign.locator('[data-test=cosign-submit]').click()
  await confirmBox(coSigner.page)
  await toSign.locator('[data-test=cosign-done]').first().waitFor({ timeout: 30_000 })
  await shot(coSigner.page, '30-co-signed-phone', { fullPage: true })
  for (const user of OTHER_CO_SIGNERS) await coSignThroughApi(user, taskId)
  step('督查处 co-signed its contribution on a phone; the other three cooperating departments through the API')

  // ---- the office accepts ------------------------------------------------------------------------------------------
  await open(office.page, `/reports/${reportId}`, '[data-test=report-accept]')
  await office.page.click('[data-test=report-accept]')
  await confirmBox(office.page)
  await waitForText(office.page, '[data-test=report-status]', /接受|通过/)
  await shot(office.page, '31-report-accepted', { fullPage: true })
  step('the office accepted the report')

  // ---- the office links the leader's account (a table names leaders, not accounts) ---------------------------------
  await open(office.page, '/accounts', '[data-test=leader-link-row]')
  const leaderRow = office.page.locator('[data-test=leader-link-row]', { hasText: LEADER_NAME })
  if (await leaderRow.locator('[data-test=leader-link]').count()) await leaderRow.locator('[data-test=leader-link]').click()
  await leaderRow.filter({ hasText: '已关联' }).waitFor({ timeout: 30_000 })
  step(`the office linked ${LEADER_NAME} of the plan to the account ${LEADER} on 账号管理`)

  // ---- the leader sees the report and its photos -------------------------------------------------------------------
  const leader = await person(browser, LEADER)
  await open(leader.page, '/leader', '[data-test=leader-indicator-row]')
  await leader.page.locator('[data-test=leader-indicator-row]:visible', { hasText: INDICATOR_TEXT }).first().click()
  await leader.page.waitForSelector('[data-test=leader-report-row]', { timeout: 30_000 })
  await shot(leader.page, '32-leader-indicator', { fullPage: true })
  await leader.page.locator(`[data-test=leader-report-link][href$="${reportId}"]`).click()
  await leader.page.waitForURL(new RegExp(`/reports/${reportId}`), { timeout: 30_000 })
  await leader.page.waitForSelector('[data-test=evidence] img', { timeout: 30_000 })
  await leader.page.waitForFunction(() => [...document.querySelectorAll('[data-test=evidence] img')]
    .filter((img) => img.complete && img.naturalWidth > 0).length >= 2, null, { timeout: 30_000 })
  await shot(leader.page, '33-leader-report', { fullPage: true })
  check(!(await leader.page.locator('[data-test=report-accept], [data-test=report-return]').count()),
    'the leader is offered the office\'s decisions')
  step('leader 段重利 opened the report from the indicator and sees both photos — and no decision buttons')

  // ---- the auditor finds every step and takes the history away ----------------------------------------------------
  const auditor = await person(browser, 'auditor')
  await open(auditor.page, `/audit/aggregates/${reportId}`, '[data-test=timeline-entry]')
  const entries = await auditor.page.locator('[data-test=timeline-entry]').allTextContents()
  const all = entries.join('\n')
  check(entries.length >= 5, `the report's timeline has ${entries.length} entries`)
  check(all.includes(RETURN_REASON.slice(0, 12)), 'the timeline does not say why the report was returned')
  check(all.includes('办公室管理员') && all.includes(LEAD.name), 'the timeline does not say who acted')
  await shot(auditor.page, '34-audit-timeline', { fullPage: true })
  const [download] = await Promise.all([auditor.page.waitForEvent('download'),
    auditor.page.click('[data-test=export-download]')])
  const exported = join(FILES, download.suggestedFilename())
  await download.saveAs(exported)
  const history = JSON.parse(readFileSync(exported, 'utf8'))
  check(history.aggregateId === reportId && history.proofs.length > 0, 'the export is not the report\'s history')
  const command = await text(auditor.page, '[data-test=export-command]')
  check(command.includes('verify-export'), `the page does not say how to verify: ${command}`)
  if (KAOHE) {
    const verified = execFileSync(KAOHE, ['verify-export', exported], { encoding: 'utf8' })
    step(`./kaohe verify-export: ${verified.trim().split('\n').pop()}`)
  }
  step(`the auditor sees ${entries.length} steps on the report's timeline with who and why, and downloaded ${download
    .suggestedFilename()}`)
  await open(auditor.page, '/audit/integrity', '[data-test=chain-row]')
  await shot(auditor.page, '35-audit-integrity', { fullPage: true })
  await open(auditor.page, `/audit/events?department=${encodeURIComponent(LEAD.department)}`)
  await shot(auditor.page, '36-audit-events', { fullPage: true })

  // ---- every liaison and leader page on a phone --------------------------------------------------------------------
  const pages = [['/mine', 'mine'], ['/mine/tasks', 'tasks'], [`/mine/tasks/${taskId}`, 'task'],
    ['/mine/checks', 'checks'], ['/mine/reports', 'reports'], ['/mine/co-signs', 'co-signs'], ['/mine/score', 'score']]
  for (const [path, name] of pages) {
    await open(phone.page, path)
    await phone.page.waitForTimeout(300)
    await shot(phone.page, `40-phone-${name}`, { fullPage: true })
    const wide = await pageWidth(phone.page)
    check(wide <= 390, `${path} scrolls sideways on a phone (${wide} px)`)
  }
  const leaderPhone = await person(browser, LEADER, { phone: true })
  for (const [path, name] of [['/leader', 'leader'], [`/reports/${reportId}`, 'leader-report']]) {
    await open(leaderPhone.page, path)
    await leaderPhone.page.waitForTimeout(300)
    await shot(leaderPhone.page, `41-phone-${name}`, { fullPage: true })
    const wide = await pageWidth(leaderPhone.page)
    check(wide <= 390, `${path} scrolls sideways on a leader's phone (${wide} px)`)
  }
  step(`${pages.length} liaison pages and 2 leader pages fit a 390 px phone`)
  console.log(`browser: the departments' quarter passed (${steps.length} checks; screenshots in ${SHOTS})`)
} catch (error) {
  console.error(`browser FAILED: ${error.message}`)
  await reportFailure(shot, '99-failure')
  process.exitCode = 1
} finally {
  await browser.close()
}
