import { enrolmentOf, riskClass, roster } from '../test/trainingFixtures';
import {
  attendanceBody,
  attendanceRows,
  canComplete,
  classDays,
  completionCounts,
  defaultAttendanceDay,
  designationBody,
  enrollableClasses,
  SELF_ENROLMENT,
} from './trainingClass';

describe('点名调训 and self-enrolment bodies', () => {
  it('names each designated cadre once', () => {
    expect(designationBody(['a', 'b', 'a'])).toEqual({ cadreIds: ['a', 'b'] });
  });

  it('names nobody when a cadre enrols self', () => {
    expect(SELF_ENROLMENT).toEqual({});
  });
});

describe('attendance', () => {
  it('takes enrolled participants only, present and without leave by default', () => {
    expect(attendanceRows(roster)).toEqual([
      { enrolmentId: 'e-1', cadreName: '陈建国', employeeNumber: 'YZ000001', present: true, leaveHours: 0 },
      { enrolmentId: 'e-2', cadreName: '林晓', employeeNumber: 'YZ000002', present: true, leaveHours: 0 },
    ]);
  });

  it('sends the day with one entry per participant', () => {
    const [chen, lin] = attendanceRows(roster);
    expect(attendanceBody('2026-03-03', [chen, { ...lin, present: false, leaveHours: 4 }])).toEqual({
      day: '2026-03-03',
      entries: [
        { enrolmentId: 'e-1', present: true, leaveHours: 0 },
        { enrolmentId: 'e-2', present: false, leaveHours: 4 },
      ],
    });
  });

  it('never sends negative or empty leave', () => {
    const [chen] = attendanceRows(roster);
    expect(attendanceBody('2026-03-03', [{ ...chen, leaveHours: -2 }]).entries[0].leaveHours).toBe(0);
    expect(attendanceBody('2026-03-03', [{ ...chen, leaveHours: Number.NaN }]).entries[0].leaveHours).toBe(0);
  });

  it('lists the days of the class, across a month end', () => {
    expect(classDays('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(classDays('2026-03-06', '2026-03-02')).toEqual([]);
    expect(classDays(undefined, '2026-03-02')).toEqual([]);
  });

  it('proposes today while the class runs, else its nearest day', () => {
    expect(defaultAttendanceDay(riskClass, '2026-03-04')).toBe('2026-03-04');
    expect(defaultAttendanceDay(riskClass, '2026-02-01')).toBe('2026-03-02');
    expect(defaultAttendanceDay(riskClass, '2026-11-26')).toBe('2026-03-06');
  });
});

describe('结业', () => {
  it('is possible from the last day of an open class on', () => {
    expect(canComplete(riskClass, '2026-03-05')).toBe(false);
    expect(canComplete(riskClass, '2026-03-06')).toBe(true);
    expect(canComplete({ ...riskClass, status: 'COMPLETED' }, '2026-04-01')).toBe(false);
  });

  it('counts who passed and who failed', () => {
        const passed = enrolmentOf({ status: 'COMPLETED', completedOn: '2026-03-06', version: 2 });
    const failed = enrolmentOf({ id: 'e-2', status: 'FAILED', leaveHours: 6, completedOn: '2026-03-06', version: 2 });
    const withdrew = enrolmentOf({ id: 'e-4', status: 'WITHDRAWN', version: 1 });
    expect(completionCounts([passed, failed, { ...passed, id: 'e-3' }, withdrew])).toEqual({
      completed: 2,
      failed: 1,
    });
  });
});

describe('classes open to a cadre', () => {
  const later = { ...riskClass, id: 'later', startDate: '2026-12-01', endDate: '2026-12-05' };

  it('offers open classes that have not ended and that the cadre is not on', () => {
    const closed = { ...later, id: 'closed', openEnrolment: false };
    const done = { ...later, id: 'done', status: 'COMPLETED' as const };
    expect(enrollableClasses([riskClass, later, closed, done], [], '2026-11-26').map((c) => c.id)).toEqual(['later']);
  });

  it('leaves out a class the cadre is on, but offers it again after withdrawing', () => {
    expect(enrollableClasses([later], [{ enrolmentId: 'e-9', trainingClass: later, status: 'WAITLISTED', designated: false }], '2026-11-26')).toEqual([]);
    expect(enrollableClasses([later], [{ enrolmentId: 'e-9', trainingClass: later, status: 'WITHDRAWN', designated: false }], '2026-11-26')).toEqual([later]);
  });
});
