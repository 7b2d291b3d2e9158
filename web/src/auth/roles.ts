/**
 * Who may see which page. The menu hides what a person may not use, the router refuses it, and the API refuses it
 * anyway: these rules only spare people pages that would answer 403.
 */
export type Role = 'OFFICE' | 'LIAISON' | 'LEADER' | 'AUDITOR'

export interface MenuItem {
  path: string
  title: string
  icon: string
  roles: Role[]
}

export const MENU: MenuItem[] = [
  { path: '/dashboard', title: '总览', icon: 'DataAnalysis', roles: ['OFFICE', 'AUDITOR'] },
  { path: '/import', title: '考核计划 / 导入', icon: 'Upload', roles: ['OFFICE'] },
  { path: '/indicators', title: '指标', icon: 'List', roles: ['OFFICE', 'AUDITOR'] },
  { path: '/liaisons', title: '联络员名单', icon: 'User', roles: ['OFFICE', 'AUDITOR'] },
  { path: '/ledger', title: '台账与报告', icon: 'Notebook', roles: ['OFFICE', 'AUDITOR'] },
  { path: '/supervision', title: '督办与评分', icon: 'Stamp', roles: ['OFFICE', 'AUDITOR'] },
  { path: '/chases', title: '督办单', icon: 'Promotion', roles: ['OFFICE', 'AUDITOR'] },
  { path: '/obligations', title: '应办事项', icon: 'Timer', roles: ['OFFICE', 'AUDITOR'] },
  { path: '/reminders/policy', title: '提醒规则', icon: 'Bell', roles: ['OFFICE'] },
  { path: '/reminders/deliveries', title: '提醒发送', icon: 'Document', roles: ['OFFICE', 'AUDITOR'] },
  { path: '/audit/events', title: '事件检索', icon: 'Search', roles: ['OFFICE', 'AUDITOR'] },
  { path: '/audit/integrity', title: '链与证据校验', icon: 'Lock', roles: ['OFFICE', 'AUDITOR'] },
  { path: '/accounts', title: '账号管理', icon: 'Key', roles: ['OFFICE'] },
  { path: '/leader', title: '我分管的指标', icon: 'Flag', roles: ['LEADER'] },
  { path: '/chases', title: '督办单', icon: 'Promotion', roles: ['LEADER'] },
  { path: '/obligations', title: '应办事项', icon: 'Timer', roles: ['LEADER'] },
  { path: '/mine', title: '我的指标', icon: 'House', roles: ['LIAISON'] },
  { path: '/mine/tasks', title: '台账', icon: 'Notebook', roles: ['LIAISON'] },
  { path: '/mine/checks', title: '月度检查', icon: 'Calendar', roles: ['LIAISON'] },
  { path: '/mine/reports', title: '季度报告', icon: 'Picture', roles: ['LIAISON'] },
  { path: '/mine/co-signs', title: '会签', icon: 'EditPen', roles: ['LIAISON'] },
  { path: '/mine/score', title: '我的得分', icon: 'TrendCharts', roles: ['LIAISON'] },
  { path: '/chases', title: '督办事项', icon: 'Promotion', roles: ['LIAISON'] },
  { path: '/obligations', title: '应办事项', icon: 'Timer', roles: ['LIAISON'] },
]

/** The menu item a path belongs to: the longest item path it starts with (/mine/tasks/7 is 台账, not 我的指标). */
export function menuItemOf(items: MenuItem[], path: string): MenuItem | undefined {
  return items.filter((item) => path === item.path || path.startsWith(item.path + '/'))
    .sort((a, b) => b.path.length - a.path.length)[0]
}

export function parseRoles(value: unknown): Role[] {
  const known: Role[] = ['OFFICE', 'LIAISON', 'LEADER', 'AUDITOR']
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : []
  return list.map((role) => String(role).replace(/^ROLE_/, '').toUpperCase())
    .filter((role): role is Role => (known as string[]).includes(role))
}

/** The person's menu; a page listed for two of their roles (督办单 / 督办事项) appears once, under the first. */
export function menuFor(roles: Role[]): MenuItem[] {
  return MENU.filter((item) => item.roles.some((role) => roles.includes(role)))
    .filter((item, index, items) => items.findIndex((other) => other.path === item.path) === index)
}

export function mayOpen(roles: Role[], allowed: Role[] | undefined): boolean {
  return !allowed || allowed.some((role) => roles.includes(role))
}

/** Where a person lands after signing in: the first page of their menu. */
export function homeFor(roles: Role[]): string {
  return menuFor(roles)[0]?.path ?? '/forbidden'
}
