package org.benling.personnel.roster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.personnel.Education;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.PoliticalStatus;
import org.benling.contracts.personnel.RankLevel;
import org.benling.personnel.config.PersonnelConfig;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.CadreDates;
import org.benling.personnel.domain.Unit;
import org.benling.personnel.service.CadreBatch;
import org.benling.personnel.roster.ImportReport.Mode;
import org.benling.personnel.roster.ImportReport.RowResult;
import org.benling.personnel.roster.ImportReport.RowStatus;
import org.benling.platform.problem.Problem.Violation;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;

/**
 * Roster import (花名册导入): every row is checked — required cells, dates, code lists, the unit exists and
 * is within the caller's scope, the employee number is new in the file and in the registry — then the good
 * rows are registered in one transaction (or none, in all-or-nothing mode), each with its event.
 */
@ApplicationScoped
public class RosterImport {

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject CadreBatch batch;
    @Inject PersonnelConfig config;
    @Inject Clock clock;

    @Transactional
    public ImportReport importRoster(Path workbook, Mode mode) {
        List<RosterRow> rows = new RosterWorkbookReader().read(workbook, config.importLimits());
        if (rows.isEmpty()) {
            throw ProblemException.invalid("the roster has no data rows", List.of(new Violation("file", "no rows")));
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Unit> unitsByCode = new HashMap<>();
        Unit.<Unit>listAll().forEach(u -> unitsByCode.put(u.code, u));
        Set<String> registered = existingEmployeeNumbers(rows);
        Map<UUID, Boolean> writable = new HashMap<>();
        Map<String, Integer> firstRowOf = new HashMap<>();

        List<Cadre> good = new ArrayList<>();
        List<RowResult> results = new ArrayList<>();
        Map<RosterRow, Cadre> cadreOf = new HashMap<>();
        for (RosterRow row : rows) {
            Cadre cadre = toCadre(row, unitsByCode, today);
            String number = cadre.employeeNumber;
            if (number != null) {
                Integer first = firstRowOf.putIfAbsent(number, row.rowNumber);
                if (first != null) {
                    row.fail(RosterColumn.EMPLOYEE_NUMBER, "工号与第" + first + "行重复 / duplicate of row " + first);
                } else if (registered.contains(number)) {
                    row.fail(RosterColumn.EMPLOYEE_NUMBER, "工号" + number + "已登记 / already registered");
                }
            }
            if (cadre.unitId != null && !writable.computeIfAbsent(cadre.unitId, scope::mayWrite)) {
                row.fail(RosterColumn.UNIT_CODE, "无权导入到该单位 / unit outside your scope");
            }
            if (row.violations.isEmpty()) {
                good.add(cadre);
                cadreOf.put(row, cadre);
            }
        }
        boolean commit = mode == Mode.PARTIAL || good.size() == rows.size();
        if (commit) {
            batch.registerAll(good, Instant.now(clock));
        }
        for (RosterRow row : rows) {
            Cadre cadre = cadreOf.get(row);
            RowStatus status = cadre == null ? RowStatus.REJECTED
                    : commit ? RowStatus.IMPORTED : RowStatus.VALID_NOT_IMPORTED;
            results.add(new RowResult(row.rowNumber, row.raw(RosterColumn.EMPLOYEE_NUMBER),
                    row.raw(RosterColumn.NAME), status, commit && cadre != null ? cadre.id : null,
                    List.copyOf(row.violations)));
        }
        int rejected = rows.size() - good.size();
        return new ImportReport(mode, commit, rows.size(), commit ? good.size() : 0, rejected, results);
    }

    private Cadre toCadre(RosterRow row, Map<String, Unit> unitsByCode, LocalDate today) {
        Cadre c = new Cadre();
        c.id = UUID.randomUUID();
        c.employeeNumber = row.text(RosterColumn.EMPLOYEE_NUMBER);
        if (c.employeeNumber != null && !c.employeeNumber.matches("[A-Za-z0-9-]{1,32}")) {
            row.fail(RosterColumn.EMPLOYEE_NUMBER, "工号只能包含字母、数字和连字符 / letters, digits and '-' only");
        }
        c.name = row.text(RosterColumn.NAME);
        if (c.name != null && c.name.length() > 64) {
            row.fail(RosterColumn.NAME, "姓名过长 / name too long");
        }
        c.gender = row.choice(RosterColumn.GENDER, Gender.class, Gender::chineseName);
        c.birthDate = row.date(RosterColumn.BIRTH_DATE);
        String unitCode = row.text(RosterColumn.UNIT_CODE);
        if (unitCode != null) {
            Unit unit = unitsByCode.get(unitCode);
            if (unit == null || !unit.active) {
                row.fail(RosterColumn.UNIT_CODE, "单位编码" + unitCode + "不存在 / no such unit");
            } else {
                c.unitId = unit.id;
            }
        }
        c.positionTitle = row.text(RosterColumn.POSITION_TITLE);
        c.rankLevel = row.choice(RosterColumn.RANK_LEVEL, RankLevel.class, RankLevel::chineseName);
        c.postSince = row.date(RosterColumn.POST_SINCE);
        c.rankSince = row.date(RosterColumn.RANK_SINCE);
        c.joinedWorkOn = row.date(RosterColumn.JOINED_WORK_ON);
        c.categories(row.categories());
        c.politicalStatus = row.choice(RosterColumn.POLITICAL_STATUS, PoliticalStatus.class,
                PoliticalStatus::chineseName);
        c.education = row.choice(RosterColumn.EDUCATION, Education.class, Education::chineseName);
        row.violations.addAll(CadreDates.check(c.birthDate, c.joinedWorkOn, c.rankSince, c.postSince, today));
        return c;
    }

    private Set<String> existingEmployeeNumbers(List<RosterRow> rows) {
        List<String> numbers = rows.stream().map(r -> r.raw(RosterColumn.EMPLOYEE_NUMBER))
                .filter(n -> n != null).distinct().toList();
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < numbers.size(); from += 5000) {
            existing.addAll(em.createQuery("select c.employeeNumber from Cadre c where c.employeeNumber in :numbers",
                    String.class).setParameter("numbers", numbers.subList(from, Math.min(numbers.size(), from + 5000)))
                    .getResultList());
        }
        return existing;
    }

}
