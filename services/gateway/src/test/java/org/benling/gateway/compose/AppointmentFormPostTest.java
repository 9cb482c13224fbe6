package org.benling.gateway.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the form names a post in 现任职务 and 简历: 单位 + 职务, the unit said once. */
class AppointmentFormPostTest {

    @Test
    void aTitleWithoutItsUnitIsPrefixedWithIt() {
        assertEquals("广东省邮政管理局市场监管处处长", AppointmentForm.post("广东省邮政管理局", "市场监管处处长"));
    }

    @Test
    void aTitleThatAlreadyNamesItsUnitIsNotPrefixedAgain() {
        assertEquals("广东省邮政管理局办公室主任", AppointmentForm.post("广东省邮政管理局", "广东省邮政管理局办公室主任"));
    }
}
