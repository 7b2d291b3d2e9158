import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { homeFor, mayOpen, type Role } from '@/auth/roles'
import { useSessionStore } from '@/stores/session'

declare module 'vue-router' {
  interface RouteMeta {
    title?: string
    roles?: Role[]
    /** Pages anyone may open without signing in (the sign-in callback). */
    public?: boolean
  }
}

const office: Role[] = ['OFFICE']
const reading: Role[] = ['OFFICE', 'AUDITOR']
const liaison: Role[] = ['LIAISON']
const everyone: Role[] = ['OFFICE', 'AUDITOR', 'LEADER', 'LIAISON']

// Every page is its own chunk: the first page loads only what it draws.
export const routes: RouteRecordRaw[] = [
  { path: '/callback', component: () => import('@/views/CallbackView.vue'), meta: { public: true, title: '登录中' } },
  {
    path: '/',
    component: () => import('@/layout/AppLayout.vue'),
    children: [
      // the first page of the person's menu (before sign-in: the dashboard, which the callback corrects by role)
      { path: '', redirect: () => (useSessionStore().signedIn ? homeFor(useSessionStore().roles) : '/dashboard') },
      { path: 'dashboard', component: () => import('@/views/office/DashboardView.vue'), meta: { title: '总览', roles: reading } },
      { path: 'dashboard/departments/:department', component: () => import('@/views/office/DepartmentScorecardView.vue'),
        props: true, meta: { title: '处室得分', roles: reading } },
      { path: 'import', component: () => import('@/views/office/ImportView.vue'), meta: { title: '考核计划 / 导入', roles: office } },
      { path: 'indicators', component: () => import('@/views/office/IndicatorListView.vue'), meta: { title: '指标', roles: reading } },
      { path: 'indicators/:indicatorId', component: () => import('@/views/office/IndicatorDetailView.vue'),
        props: true, meta: { title: '指标详情', roles: reading } },
      { path: 'liaisons', component: () => import('@/views/office/LiaisonRegisterView.vue'), meta: { title: '联络员名单', roles: reading } },
      { path: 'ledger', component: () => import('@/views/office/LedgerBoardView.vue'), meta: { title: '台账与报告', roles: reading } },
      // leaders read the reports of their indicators' departments (the ledger decides which)
      { path: 'reports/:reportId', component: () => import('@/views/office/ReportView.vue'), props: true,
        meta: { title: '季度报告', roles: [...reading, 'LEADER'] } },
      { path: 'supervision', component: () => import('@/views/office/SupervisionView.vue'), meta: { title: '督办与评分', roles: reading } },
      { path: 'accounts', component: () => import('@/views/office/AccountsView.vue'), meta: { title: '账号管理', roles: office } },
      { path: 'audit/events', component: () => import('@/views/audit/EventSearchView.vue'), meta: { title: '事件检索', roles: reading } },
      { path: 'audit/aggregates/:aggregateId', component: () => import('@/views/audit/AggregateTimelineView.vue'),
        props: true, meta: { title: '事件时间线', roles: reading } },
      { path: 'audit/integrity', component: () => import('@/views/audit/IntegrityView.vue'), meta: { title: '链与证据校验', roles: reading } },
      { path: 'leader', component: () => import('@/views/leader/LeaderView.vue'), meta: { title: '我分管的指标', roles: ['LEADER'] } },
      { path: 'leader/indicators/:indicatorId', component: () => import('@/views/leader/LeaderIndicatorView.vue'),
        props: true, meta: { title: '指标进展', roles: ['LEADER'] } },
      { path: 'mine', component: () => import('@/views/liaison/MyDepartmentView.vue'), meta: { title: '我的指标', roles: liaison } },
      { path: 'mine/tasks', component: () => import('@/views/liaison/TasksView.vue'), meta: { title: '台账', roles: liaison } },
      { path: 'mine/tasks/:taskId', component: () => import('@/views/liaison/TaskView.vue'), props: true,
        meta: { title: '台账任务', roles: liaison } },
      { path: 'mine/checks', component: () => import('@/views/liaison/ChecksView.vue'), meta: { title: '月度检查', roles: liaison } },
      { path: 'mine/checks/:checkId', component: () => import('@/views/liaison/CheckView.vue'), props: true,
        meta: { title: '月度检查', roles: liaison } },
      { path: 'mine/reports', component: () => import('@/views/liaison/ReportsView.vue'), meta: { title: '季度报告', roles: liaison } },
      { path: 'mine/reports/:reportId', component: () => import('@/views/liaison/MyReportView.vue'), props: true,
        meta: { title: '季度报告', roles: liaison } },
      { path: 'mine/co-signs', component: () => import('@/views/liaison/CoSignView.vue'), meta: { title: '会签', roles: liaison } },
      { path: 'mine/score', component: () => import('@/views/liaison/ScoreView.vue'), meta: { title: '我的得分', roles: liaison } },
      // supervision: everyone's inbox and preferences; the 督办单 and obligations the API scopes to the person
      { path: 'inbox', component: () => import('@/views/supervision/InboxView.vue'), meta: { title: '消息' } },
      { path: 'me/preferences', component: () => import('@/views/supervision/PreferencesView.vue'),
        meta: { title: '消息设置' } },
      { path: 'chases', component: () => import('@/views/supervision/ChasesView.vue'), meta: { title: '督办单', roles: everyone } },
      { path: 'chases/:chaseId', component: () => import('@/views/supervision/ChaseView.vue'), props: true,
        meta: { title: '督办单', roles: everyone } },
      { path: 'obligations', component: () => import('@/views/supervision/ObligationsView.vue'),
        meta: { title: '应办事项', roles: everyone } },
      { path: 'reminders/policy', component: () => import('@/views/supervision/ReminderPolicyView.vue'),
        meta: { title: '提醒规则', roles: reading } },
      { path: 'reminders/deliveries', component: () => import('@/views/supervision/DeliveriesView.vue'),
        meta: { title: '提醒发送', roles: reading } },
      { path: 'forbidden', component: () => import('@/views/ForbiddenView.vue'), meta: { title: '无权访问' } },
      { path: ':rest(.*)*', component: () => import('@/views/NotFoundView.vue'), meta: { title: '页面不存在' } },
    ],
  },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  if (to.meta.public) return true
  const session = useSessionStore()
  if (!session.signedIn) {
    await session.signIn(to.fullPath)
    return false
  }
  if (!mayOpen(session.roles, to.meta.roles)) return { path: '/forbidden', query: { from: to.fullPath } }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} · 考核` : '考核 · 目标责任考核系统'
})
