/**
 * One event of an aggregate's history as every context answers it (the platform's `/…/{id}/history`): what
 * happened, when, who did it (name, id, department, roles) and why, with the event's own fields.
 */
export interface HistoryEntry {
  sequence: number
  eventId: string
  type: string
  occurredAt: string
  actorId?: string | null
  actorName?: string | null
  actorDepartment?: string | null
  actorRoles?: string | null
  reason?: string | null
  payload?: Record<string, unknown> | null
}
