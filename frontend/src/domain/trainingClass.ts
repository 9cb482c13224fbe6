import type { AttendanceRequest, DesignationRequest, Enrolment, MyClass, TrainingClass } from '../api/types';

/** What a class's roster, attendance and 结业 forms send, and when they may be sent. */

/** 点名调训: HR names the cadres; each one once. */
export function designationBody(cadreIds: readonly string[]): DesignationRequest {
  return { cadreIds: [...new Set(cadreIds)] };
}

/** A cadre enrolling self sends no names: the service takes the caller's own cadre. */
export const SELF_ENROLMENT: DesignationRequest = {};

export interface AttendanceRow {
  enrolmentId: string;
  cadreName?: string;
  employeeNumber?: string;
  present: boolean;
  leaveHours: number;
}

/** Only enrolled participants take attendance (not the waitlist, not those who withdrew); present by default. */
export function attendanceRows(roster: readonly Enrolment[]): AttendanceRow[] {
  return roster
    .filter((enrolment) => enrolment.status === 'ENROLLED' && enrolment.id)
    .map((enrolment) => ({
      enrolmentId: enrolment.id!,
      cadreName: enrolment.cadreName ?? undefined,
      employeeNumber: enrolment.employeeNumber ?? undefined,
      present: true,
      leaveHours: 0,
    }));
}

export function attendanceBody(day: string, rows: readonly AttendanceRow[]): AttendanceRequest {
  return {
    day,
    entries: rows.map((row) => ({ enrolmentId: row.enrolmentId, present: row.present, leaveHours: Math.max(0, row.leaveHours || 0) })),
  };
}

const DAY_MS = 86_400_000;

/** Every day of the class, start to end (ISO dates); attendance is taken for one of them. */
export function classDays(startDate: string | undefined, endDate: string | undefined): string[] {
  if (!startDate || !endDate) return [];
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return [];
  const days: string[] = [];
  for (let day = start; day <= end && days.length < 366; day += DAY_MS) days.push(new Date(day).toISOString().slice(0, 10));
  return days;
}

/** Today while the class runs, otherwise its first day (before) or last day (after). */
export function defaultAttendanceDay(trainingClass: TrainingClass, today: string): string | undefined {
  const days = classDays(trainingClass.startDate, trainingClass.endDate);
  if (days.length === 0) return undefined;
  if (days.includes(today)) return today;
  return today < days[0] ? days[0] : days[days.length - 1];
}

/** 结业 is possible from the class's last day on, once (the service refuses earlier or twice). */
export function canComplete(trainingClass: TrainingClass, today: string): boolean {
  return trainingClass.status === 'OPEN' && Boolean(trainingClass.endDate) && today >= trainingClass.endDate!;
}

/** Classes a cadre may still join: open to enrolment, not over, and not already on the cadre's list. */
export function enrollableClasses(classes: readonly TrainingClass[], mine: readonly MyClass[], today: string): TrainingClass[] {
  const joined = new Set(mine.filter((own) => own.status !== 'WITHDRAWN').map((own) => own.trainingClass?.id));
  return classes.filter(
    (candidate) =>
      candidate.status === 'OPEN' && candidate.openEnrolment && (candidate.endDate ?? '') >= today && !joined.has(candidate.id),
  );
}

/** 结业 outcome: who completed (合格, with a training record) and who failed (leave above the limit). */
export function completionCounts(enrolments: readonly Enrolment[]): { completed: number; failed: number } {
  const count = (status: Enrolment['status']) => enrolments.filter((enrolment) => enrolment.status === status).length;
  return { completed: count('COMPLETED'), failed: count('FAILED') };
}
