import { describe, expect, it } from 'vitest'
import { homeFor, mayOpen, menuFor, menuItemOf, parseRoles } from '@/auth/roles'
import { routes } from '@/router'

const paths = (roles: Parameters<typeof menuFor>[0]) => menuFor(roles).map((item) => item.path)

describe('menus by role', () => {
  it('shows a liaison no office page', () => {
    expect(paths(['LIAISON'])).toEqual(['/mine', '/mine/tasks', '/mine/checks', '/mine/reports', '/mine/co-signs', '/mine/score',
      '/chases', '/obligations'])
    expect(menuFor(['LIAISON']).find((item) => item.path === '/chases')?.title).toBe('督办事项')
    const officePages = routes.flatMap((route) => route.children ?? [])
      .filter((route) => route.meta?.roles?.includes('OFFICE') && !route.meta.roles.includes('LIAISON'))
    expect(officePages.length).toBeGreaterThan(5)
    for (const page of officePages) expect(mayOpen(['LIAISON'], page.meta?.roles)).toBe(false)
  })

  it('gives the office every office page and an auditor the read-only ones', () => {
    expect(paths(['OFFICE'])).toEqual(['/dashboard', '/import', '/indicators', '/liaisons', '/ledger', '/supervision',
      '/chases', '/obligations', '/reminders/policy', '/reminders/deliveries', '/audit/events', '/audit/integrity',
      '/accounts'])
    expect(paths(['AUDITOR'])).not.toContain('/reminders/policy')
    expect(paths(['AUDITOR'])).not.toContain('/import')
    expect(paths(['AUDITOR'])).not.toContain('/accounts')
  })

  it('marks the deepest menu item a page belongs to', () => {
    const liaisonMenu = menuFor(['LIAISON'])
    expect(menuItemOf(liaisonMenu, '/mine/tasks/task-7')?.path).toBe('/mine/tasks')
    expect(menuItemOf(liaisonMenu, '/mine')?.path).toBe('/mine')
    expect(menuItemOf(liaisonMenu, '/minefield')).toBeUndefined()
  })

  it('lists a page two of a person\'s roles share once', () => {
    expect(paths(['OFFICE', 'LIAISON']).filter((path) => path === '/chases')).toHaveLength(1)
  })

  it('lands each person on their first page', () => {
    expect(homeFor(['OFFICE'])).toBe('/dashboard')
    expect(homeFor(['LEADER'])).toBe('/leader')
    expect(homeFor([])).toBe('/forbidden')
  })

  it('reads roles from a token claim however the provider spells them', () => {
    expect(parseRoles(['OFFICE', 'ROLE_auditor', 'ADMIN'])).toEqual(['OFFICE', 'AUDITOR'])
    expect(parseRoles('LIAISON LEADER')).toEqual(['LIAISON', 'LEADER'])
    expect(parseRoles(undefined)).toEqual([])
  })
})
