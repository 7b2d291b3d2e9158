import { describe, expect, it } from 'vitest'
import { checkLiaison, liaisonCounts } from '@/components/indicator/liaisons'

describe('liaison register', () => {
  it('counts each state', () => {
    const entry = (status: 'DESIGNATED' | 'LATE' | 'OVERDUE' | 'PENDING') => ({ department: 'x', daysLate: 0, status })
    expect(liaisonCounts([entry('DESIGNATED'), entry('LATE'), entry('OVERDUE'), entry('OVERDUE')]))
      .toEqual({ DESIGNATED: 1, LATE: 1, OVERDUE: 2, PENDING: 0 })
  })

  it('checks the form as the API does', () => {
    expect(checkLiaison({ liaisonName: '', phone: '' })).toEqual({ liaisonName: '请填写联络员姓名' })
    expect(checkLiaison({ liaisonName: '李四', phone: '029-8678 8888' })).toEqual({})
    expect(checkLiaison({ liaisonName: '李四', phone: '电话12' }).phone).toContain('只能包含数字')
  })
})
