import { describe, expect, it } from 'vitest'
import { deadlinesByIndicator, targetText } from '@/components/liaison/mine'

describe('我的处室', () => {
  it('writes a target as the notice does', () => {
    expect(targetText({ key: 'T1', value: 30, unit: '个', subject: '示范镇街' })).toBe('30个 示范镇街')
    expect(targetText({ key: 'T1', value: '95.0', unit: '%', subject: null })).toBe('95%')
  })

  it('groups the ledger\'s deadlines by indicator, earliest first, undated last', () => {
    const byIndicator = deadlinesByIndicator({ planId: 'p', department: '督查处', items: [
      { taskId: 'a', indicatorId: 'i1', title: '年底', defines: { deadline: '2020-12-31' }, status: 'DRAFT' },
      { taskId: 'b', indicatorId: 'i1', title: null, defines: null, status: 'DRAFT' },
      { taskId: 'c', indicatorId: 'i1', title: '年中', defines: { deadline: '2020-06-30' }, status: 'SUBMITTED' },
      { taskId: 'd', indicatorId: 'i2', title: '其他', defines: { deadline: '2020-03-31' }, status: 'SUBMITTED' },
    ] })
    expect(byIndicator.get('i1')!.map((task) => task.taskId)).toEqual(['c', 'a', 'b'])
    expect(byIndicator.get('i1')![2].title).toBe('台账任务')
    expect(byIndicator.get('i2')).toHaveLength(1)
    expect(deadlinesByIndicator(null).size).toBe(0)
  })
})
