package cn.yingji.orgunits;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** 组织单位: a government, department, township, village, enterprise or institution inside a tenant. */
record OrgUnit(UUID id, String tenantCode, String kind, String name, @Nullable UUID parentId,
        @Nullable UUID supervisingUnitId, String sharing, boolean highRisk, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
