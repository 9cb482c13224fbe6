package org.benling.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.web.CallerLanguage;
import org.benling.training.domain.Enrolment;
import org.benling.training.rest.api.ClassView;
import org.benling.training.rest.api.MyClass;
import org.benling.training.rest.api.MyLearning;
import org.benling.training.rest.api.ProposalView;
import org.benling.training.rest.api.RecordView;

/** A cadre's own learning page: classes, 学时 against the requirements, records and proposals. */
@ApplicationScoped
public class MyLearningViews {

    @Inject Caller caller;
    @Inject ComplianceService compliance;
    @Inject RecordService records;
    @Inject ProposalService proposals;
    @Inject CallerLanguage language;

    /** The caller's, who must be linked to a cadre (else "not found"). */
    @Transactional
    public MyLearning ofCaller() {
        UUID cadreId = caller.cadreId().orElseThrow(() -> ProblemException.notFound("Cadre", "linked to your account"));
        List<MyClass> classes = Enrolment.<Enrolment>list("cadreId = ?1 order by trainingClass.startDate desc", cadreId)
                .stream().map(e -> new MyClass(e.id, ClassView.of(e.trainingClass), e.status, e.designated)).toList();
        return new MyLearning(compliance.ofCadre(cadreId), classes,
                records.ofCadre(cadreId).stream().map(RecordView::of).toList(), proposalsFor(cadreId));
    }

    /** The training proposed to a cadre the caller may read, in the caller's language. */
    public List<ProposalView> proposalsFor(UUID cadreId) {
        return proposals.forCadre(cadreId).stream().map(p -> ProposalView.of(p, language.get())).toList();
    }
}
