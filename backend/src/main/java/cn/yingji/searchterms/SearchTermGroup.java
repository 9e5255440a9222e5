package cn.yingji.searchterms;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 检索同义词组 as the API shows it: the owning province's name and the names of who added and last changed it (人员名录),
 * never login names; {@code editable} when the caller may change it (the province's own 单位管理员).
 */
record SearchTermGroup(UUID id, String tenantName, List<String> terms, @Nullable String note,
        @Nullable String createdByName, @Nullable String updatedByName, OffsetDateTime updatedAt, int version,
        boolean editable) {
}
