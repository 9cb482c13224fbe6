package org.benling.gateway.compose;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SectionStatus", description = "AVAILABLE 已取得；RESTRICTED 调用者无权查看（所有者拒绝）；NOT_FOUND 所有者尚无此干部的记录；"
        + "UNAVAILABLE 所有者服务暂不可用或超时 / AVAILABLE read; RESTRICTED the owner refused the caller; NOT_FOUND the owner"
        + " holds nothing for the cadre (yet); UNAVAILABLE the owner is down or missed the deadline")
public enum SectionStatus {
    AVAILABLE, RESTRICTED, NOT_FOUND, UNAVAILABLE
}
