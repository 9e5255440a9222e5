package cn.yingji.people;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** 人员: a person of a tenant as our records know them; {@code unitName} is the unit's name (or null). */
record Person(UUID id, String name, @Nullable String title, @Nullable UUID unitId, @Nullable String unitName,
        int version) {
}
