package cn.yingji.people;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The admin's correction of a person's record (optimistic locking by {@code version}). */
record PersonRequest(
        @NotBlank(message = "姓名不能为空") @Size(max = 100, message = "姓名不能超过 100 个字") String name,
        @Size(max = 50, message = "职务不能超过 50 个字") String title,
        UUID unitId,
        @NotNull(message = "必须提供版本号 version") Integer version) {
}
