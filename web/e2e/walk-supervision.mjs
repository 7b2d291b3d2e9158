// 督办 and reminders in a real browser (headless Debian chromium), after walk.mjs imported the plan:
//   the office opens a 督办单 to 宣传教育处 → its liaison finds it in the inbox (the bell counts it) and opens it from
//   there → signs (签收) → replies (反馈) → the office sends it back with a reason and a new date → the liaison reads
//   the reason and replies again → the office accepts (复核通过) and closes it (办结), every step on the record with who
//   and why → the office adopts a new reminder policy with a reason (a fourth escalation step, 15 days after) → after
//   a sweep on the business day (2020-10-15) the liaison's inbox holds the escalation of September's monthly check
//   (due 09-30, 15 days overdue) and opening it leads to the check. Screenshots of the inbox, the 督办单 (office and liaison, desktop and a 390 px phone), the
//   policy and the obligations.
//   GATEWAY=… IDENTITY=… DEMO_PASSWORD=… SHOTS=… node e2e/walk-supervision.mjs
import { mkdirSync } from 'node:fs'
import { launch } from './browser.mjs'
import { open, person, reportFailure } from './people.mjs'
import { clickAndSave, confirmBox, fill, giveReason, pageWidth, pick, pickDate, shooter, text, waitForText } from './ui.mjs'

const GATEWAY = process.env.GATEWAY ?? 'http://127.0.0.1:8080'
const IDENTITY = process.env.IDENTITY ?? 'http://127.0.0.1:8085'
const SHOTS = process.env.SHOTS ?? 'target/screenshots'
mkdirSync(SHOTS, { recursive: true })
const shot = shooter(SHOTS)

const DEPARTMENT = '宣传教育处'
const LIAISON = 'liaison-xuanchuanjiaoyuchu'
const OFFICE = 'office-admin'
const TITLE = '9月月度检查逾期未报，请说明原因并限期补报'
const MESSAGE = '你处2020年9月月度检查截至10月15日仍未提交。请签收后说明原因，对照台账补齐进展和小结，并按期反馈办理情况。'
// one day after the business day: the "1 day before" reminder of the reply-by date is due at once
const REPLY_BY = '2020-10-16'
const NEW_REPLY_BY = '2020-10-20'
const SEND_BACK_REASON = '反馈未附补报后的月度检查编号，也未说明逾期原因，请补充后重新反馈'
const POLICY_REASON = '逾期半个月仍未办结的事项，再提醒一次处室联络员和分管领导'
// a sweep sends an obligation's latest step only while it is recent (the service's catch-up days): on 10-15 the
// default steps of September's check (due 09-30: after 1, 3, 7 days) lie behind it, a 15-day step is today's
const ESCALATE_AFTER = 15

const steps = []
function step(line) { steps.push(line); console.log(`browser: ${line}`) }
function check(condition, line) { if (!condition) throw new Error(line) }
const pause = (ms) => new Promise((settle) => setTimeout(settle, ms))

/** The office's sweep through the API (what the schedule does every minute), so the walk need not wait for it. */
async function sweep() {
  const issued = await fetch(`${IDENTITY}/dev/tokens?user=${OFFICE}`, { method: 'POST' })
  const { access_token: token } = await issued.json()
  const answer = await fetch(`${GATEWAY}/api/supervision/sweeps`, {
    method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}',
  })
  const body = await answer.text()
  check(answer.ok, `the sweep was refused: ${answer.status} ${body}`)
  return JSON.parse(body)
}

/**
 * The liaison's inbox until an item leading to `link` shows (reminders are delivered asynchronously: the sweep
 * records them, the delivery sends them): reloads it, sweeping between tries.
 */
async function inboxItem(page, link, what) {
  for (let attempt = 0; attempt < 12; attempt++) {
    await open(page, '/inbox', '[data-test=inbox-item], .el-empty')
    const items = page.locator(`[data-test=inbox-item][data-link${link}]`)
    if (await items.count()) return items.first()
    await sweep()
    await pause(5_000)
  }
  const seen = await page.locator('[data-test=inbox-item]').allTextContents()
  throw new Error(`no ${what} in the liaison's inbox after a minute; it holds: ${seen.map((s) => s.replace(/\s+/g, ' ')
    .slice(0, 60)).join(' | ') || 'nothing'}`)
}

/** The bell's count once it has been read (it is read after each navigation). */
async function unread(page) {
  const badge = page.locator('[data-test=inbox-bell] .el-badge__content')
  await badge.first().waitFor({ state: 'visible', timeout: 15_000 }).catch(() => undefined)
  if (!(await badge.count()) || !(await badge.first().isVisible())) return 0
  return Number((await badge.first().textContent()).replace(/\D/g, '')) || 0
}

const browser = await launch()
try {
  const office = await person(browser, OFFICE)
  const liaison = await person(browser, LIAISON)

  // ---- 立项: the office opens a 督办单 --------------------------------------------------------------------------------
  await open(office.page, '/chases', '[data-test=chase-new]')
  await office.page.click('[data-test=chase-new]')
  await office.page.waitForSelector('[data-test=chase-title]')
  await pick(office.page, 'chase-department', DEPARTMENT)
  // the department as a whole: September's check is not opened yet, so it has no id to name
  await pick(office.page, 'chase-kind', '处室整体工作')
  await fill(office.page, 'chase-title', TITLE)
  await fill(office.page, 'chase-message', MESSAGE)
  await pickDate(office.page, 'chase-reply-by', REPLY_BY)
  await office.page.click('[data-test=chase-submit]')
  await office.page.waitForURL(/\/chases\/[^/]+$/, { timeout: 30_000 })
  const chaseId = new URL(office.page.url()).pathname.split('/chases/')[1]
  check(chaseId, `no 督办单 id in ${office.page.url()}`)
  const opened = await waitForText(office.page, '[data-test=chase-status]', /立项/)
  step(`the office opened 督办单 ${chaseId} to ${DEPARTMENT} (${opened}), reply by ${REPLY_BY}`)

  // ---- the liaison: the bell, the inbox, the 督办单 -------------------------------------------------------------------
  const notice = await inboxItem(liaison.page, `^="/chases/${chaseId}"`, 'notice of the 督办单')
  const count = await unread(liaison.page)
  check(count >= 1, `the bell shows ${count} unread`)
  await shot(liaison.page, '50-liaison-inbox', { fullPage: true })
  await notice.click()
  await liaison.page.waitForURL(new RegExp(`/chases/${chaseId}$`), { timeout: 30_000 })
  await liaison.page.waitForSelector('[data-test=chase-sign]', { timeout: 30_000 })
  step(`the liaison's bell counted ${count} unread; the 督办单 opened from the inbox`)

  // ---- 签收 and 反馈 ---------------------------------------------------------------------------------------------------
  await liaison.page.click('[data-test=chase-sign]')
  await confirmBox(liaison.page)
  await waitForText(liaison.page, '[data-test=chase-status]', /签收/)
  await fill(liaison.page, 'chase-reply-progress', '9月月度检查已于10月15日补报，逾期原因是联络员岗位调整交接不及时。')
  await clickAndSave(liaison.page, '[data-test=chase-reply-submit]')
  await waitForText(liaison.page, '[data-test=chase-status]', /反馈/)
  step('the liaison signed (签收) and replied (反馈, round 1)')

  // ---- 复核: the office sends it back with a reason and a new date ----------------------------------------------------
  await open(office.page, `/chases/${chaseId}`, '[data-test=chase-send-back]')
  await office.page.click('[data-test=chase-send-back]')
  await pickDate(office.page, 'chase-new-reply-by', NEW_REPLY_BY)
  await giveReason(office.page, SEND_BACK_REASON)
  await waitForText(office.page, '[data-test=chase-status]', /退回/)
  step(`the office sent it back: "${SEND_BACK_REASON.slice(0, 20)}…", reply by ${NEW_REPLY_BY}`)

  await open(liaison.page, `/chases/${chaseId}`, '[data-test=chase-sent-back-reason]')
  const reason = await text(liaison.page, '[data-test=chase-sent-back-reason]')
  check(reason.includes(SEND_BACK_REASON.slice(0, 12)), `the liaison does not see why it was sent back: ${reason}`)
  await shot(liaison.page, '51-liaison-chase-sent-back', { fullPage: true })
  await fill(liaison.page, 'chase-reply-progress', '已补报9月月度检查并补充小结；逾期原因为联络员岗位调整，已明确AB岗，今后按月初提醒。')
  await clickAndSave(liaison.page, '[data-test=chase-reply-submit]')
  await waitForText(liaison.page, '[data-test=chase-status]', /反馈/)
  step('the liaison read the reason and replied again (round 2)')

  // ---- 复核通过 and 办结 -----------------------------------------------------------------------------------------------
  await open(office.page, `/chases/${chaseId}`, '[data-test=chase-accept]')
  await office.page.click('[data-test=chase-accept]')
  await fill(office.page, 'chase-accept-comment', '已核实补报情况，同意。')
  await clickAndSave(office.page, '[data-test=chase-accept-confirm]')
  await waitForText(office.page, '[data-test=chase-status]', /复核通过/)
  await office.page.click('[data-test=chase-close]')
  await confirmBox(office.page)
  await waitForText(office.page, '[data-test=chase-status]', /办结/)
  const history = (await office.page.locator('[data-test=chase-step]').allTextContents()).join('\n')
  for (const name of ['立项', '签收', '反馈', '退回重办', '复核通过', '办结']) {
    check(history.includes(name), `the record lacks the step ${name}: ${history.replace(/\s+/g, ' ')}`)
  }
  check(history.includes(SEND_BACK_REASON.slice(0, 12)), 'the record does not say why it was sent back')
  check((await office.page.locator('[data-test=chase-reply]').count()) === 2, 'the 督办单 does not show both replies')
  await office.page.waitForTimeout(600)
  await shot(office.page, '52-office-chase-closed', { fullPage: true })
  step(`the office accepted and closed it; ${await office.page.locator('[data-test=chase-step]').count()} steps on the record with who and why`)

  await open(liaison.page, `/chases/${chaseId}`, '[data-test=chase-status]')
  await shot(liaison.page, '53-liaison-chase-closed', { fullPage: true })
  for (const [user, name] of [[LIAISON, 'liaison'], [OFFICE, 'office']]) {
    const phone = await person(browser, user, { phone: true })
    await open(phone.page, `/chases/${chaseId}`, '[data-test=chase-status]')
    await shot(phone.page, `54-phone-chase-${name}`, { fullPage: true })
    const wide = await pageWidth(phone.page)
    check(wide <= 390, `the 督办单 scrolls sideways on ${name}'s phone (${wide} px)`)
    await open(phone.page, '/inbox', '[data-test=inbox-item], .el-empty')
    await shot(phone.page, `55-phone-inbox-${name}`, { fullPage: true })
    check(await pageWidth(phone.page) <= 390, `the inbox scrolls sideways on ${name}'s phone`)
    await phone.context.close()
  }
  step('the 督办单 and the inbox fit a 390 px phone for the liaison and the office')

  // ---- 提醒规则: a new version with a reason -------------------------------------------------------------------------
  // a fourth escalation step, 15 days after the due date: on the business day (10-15) it is September's step
  await open(office.page, '/reminders/policy', '[data-test=policy-save]')
  const before = await text(office.page, '[data-test=policy-version]')
  await office.page.click('[data-test=policy-step-add]')
  const added = office.page.locator('[data-test=policy-step]').last()
  await fill(added, 'policy-step-days', String(ESCALATE_AFTER))
  await added.locator('label', { hasText: '责任领导' }).click()
  await office.page.click('[data-test=policy-save]')
  await giveReason(office.page, POLICY_REASON)
  const adopted = await waitForText(office.page, '[data-test=policy-version]', /第 [1-9]\d* 版/)
  check(adopted !== before, 'the policy\'s version did not change')
  // the versions list is read again after the adoption: wait for the new version in it, with its reason
  const versions = await waitForText(office.page, '[data-test=policy-version-row]', POLICY_REASON.slice(0, 10))
  check(versions.includes(`逾期 ${ESCALATE_AFTER} 天`), `the new version does not escalate after ${ESCALATE_AFTER} days`)
  await office.page.waitForTimeout(600) // the reason dialog and the message fade out
  await shot(office.page, '56-reminder-policy', { fullPage: true })
  step(`the office adopted a new reminder policy with a reason: ${adopted.replace(/\s+/g, ' ').slice(0, 50)}`)

  // ---- 应办事项 ------------------------------------------------------------------------------------------------------
  await open(office.page, `/obligations?department=${encodeURIComponent(DEPARTMENT)}`, '[data-test=obligation-row], .el-empty')
  await shot(office.page, '57-office-obligations', { fullPage: true })
  await open(liaison.page, '/obligations', '[data-test=obligation-row], .el-empty')
  const rows = await liaison.page.locator('[data-test=obligation-row]').count()
  const overdue = await liaison.page.locator('[data-test=obligation-row].overdue').count()
  check(rows > 0, 'the liaison has no obligations')
  check(overdue > 0, 'no obligation of the liaison is overdue on 2020-10-15')
  await shot(liaison.page, '58-liaison-obligations', { fullPage: true })
  step(`应办事项: the liaison sees ${rows} items of ${DEPARTMENT}, ${overdue} overdue in red`)

  // ---- the reminder of September's monthly check ----------------------------------------------------------------
  const swept = await sweep()
  step(`a sweep on ${swept.day}: ${swept.obligations} obligations, ${swept.remindersDue} reminders due`)
  const reminder = await inboxItem(liaison.page, '^="/mine/checks"', 'reminder of the monthly check')
  const said = (await reminder.textContent()).replace(/\s+/g, ' ').trim()
  await shot(liaison.page, '59-liaison-inbox-reminders', { fullPage: true })
  await reminder.click()
  await liaison.page.waitForURL(/\/mine\/checks/, { timeout: 30_000 })
  await liaison.page.waitForSelector('[data-test=check-due], [data-test=check-state]', { timeout: 30_000 })
  await shot(liaison.page, '60-liaison-check-from-reminder', { fullPage: true })
  step(`the liaison's inbox holds "${said.slice(0, 60)}"; opening it leads to ${new URL(liaison.page.url()).pathname}`)

  console.log(`browser: 督办 and reminders passed (${steps.length} checks; screenshots in ${SHOTS})`)
} catch (error) {
  console.error(`browser FAILED: ${error.message}`)
  await reportFailure(shot, '99-failure-supervision')
  process.exitCode = 1
} finally {
  await browser.close()
}
