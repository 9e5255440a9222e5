package cn.yingji.people;

import java.util.UUID;

/** 人员: a person of a tenant as our records know them; {@code unitName} is the unit's name (or null). */
record Person(UUID id, String name, String title, UUID unitId, String unitName, int version) {
}
