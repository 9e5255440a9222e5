package cn.yingji.searchterms;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** Add or change a group; {@code version} is required for a change (optimistic locking). */
record SearchTermRequest(
        @NotNull(message = "请填写检索词 terms") List<String> terms,
        String note,
        @NotNull(groups = Update.class, message = "更新时必须提供版本号 version") Integer version) {

    interface Update {
    }
}
