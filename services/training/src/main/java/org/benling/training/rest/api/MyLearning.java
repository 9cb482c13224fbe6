package org.benling.training.rest.api;

import java.util.List;

/** The caller's own learning: 学时 against the requirements, classes, records and the training proposed. */
public record MyLearning(CadreCompliance compliance, List<MyClass> classes,
        List<RecordView> records, List<ProposalView> proposals) {
}
