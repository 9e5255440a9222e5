package cn.yingji.orgunits;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Create or update an organization unit; {@code version} is required for updates (optimistic locking). */
record OrgUnitRequest(
        @NotBlank(message = "单位类型不能为空") String kind,
        @NotBlank(message = "单位名称不能为空") @Size(max = 200, message = "单位名称不能超过 200 个字") String name,
        @Nullable UUID parentId,
        @Nullable UUID supervisingUnitId,
        @Nullable String sharing,
        /** 高危企业或人员密集场所: drills at least every half year. */
        @Nullable Boolean highRisk,
        @NotNull(groups = Update.class, message = "更新时必须提供版本号 version") @Nullable Integer version) {

    interface Update {
    }
}
