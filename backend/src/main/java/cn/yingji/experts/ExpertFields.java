package cn.yingji.experts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.yingji.db.enums.ExpertAvailability;
import cn.yingji.db.enums.ExpertLevel;
import cn.yingji.plans.EventTypes;

/**
 * 专家信息 as entered, through the API or a row of an import sheet, before it is stored: the one place an
 * expert's fields are validated. Level and availability accept the API literal or the Chinese label.
 */
record ExpertFields(String name, String organization, String title, List<String> specialties, String level,
        String phone, String email, String availability, String note) {

    /** What is wrong with one field, in Chinese. */
    record Problem(String field, String message) {
    }

    /** In the enum's order (national first), for templates and messages. */
    static final Map<ExpertLevel, String> LEVEL_LABELS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            ExpertLevel.national, "国家级", ExpertLevel.province, "省级", ExpertLevel.city, "市级", ExpertLevel.county, "县级")));
    static final Map<ExpertAvailability, String> AVAILABILITY_LABELS = Collections.unmodifiableMap(new EnumMap<>(Map.of(
            ExpertAvailability.available, "可调用", ExpertAvailability.busy, "忙碌",
            ExpertAvailability.unavailable, "暂不可调用")));

    /** Mobile (11 digits) or landline with area code, as the database's check says. */
    static final Pattern PHONE = Pattern.compile("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_SPECIALTIES = 30;

    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (blank(name)) {
            problems.add(new Problem("name", "姓名不能为空"));
        } else if (name.strip().length() > 50) {
            problems.add(new Problem("name", "姓名不能超过 50 个字"));
        }
        if (blank(organization)) {
            problems.add(new Problem("organization", "工作单位不能为空"));
        } else if (organization.strip().length() > 200) {
            problems.add(new Problem("organization", "工作单位不能超过 200 个字"));
        }
        if (title != null && title.strip().length() > 100) {
            problems.add(new Problem("title", "职称不能超过 100 个字"));
        }
        List<String> types = specialties == null ? List.of() : specialties.stream().map(String::strip).distinct().toList();
        if (types.isEmpty()) {
            problems.add(new Problem("specialties", "专业领域至少填写一个事件类型"));
        } else if (types.size() > MAX_SPECIALTIES) {
            problems.add(new Problem("specialties", "专业领域不能超过 " + MAX_SPECIALTIES + " 个"));
        }
        types.stream().filter(t -> !EventTypes.isKnown(t)).forEach(t -> problems.add(
                new Problem("specialties", "未知的事件类型：" + t)));
        if (level(level) == null) {
            problems.add(new Problem("level", "专家级别无效，可选：国家级、省级、市级、县级"));
        }
        if (blank(phone)) {
            problems.add(new Problem("phone", "联系电话不能为空"));
        } else if (!PHONE.matcher(phone.strip()).matches()) {
            problems.add(new Problem("phone", "联系电话格式无效：应为 11 位手机号或带区号的固定电话"));
        }
        if (!blank(email) && (email.strip().length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
            problems.add(new Problem("email", "电子邮箱格式无效"));
        }
        if (!blank(availability) && availability(availability) == null) {
            problems.add(new Problem("availability", "可调用状态无效，可选：可调用、忙碌、暂不可调用"));
        }
        if (note != null && note.length() > 2000) {
            problems.add(new Problem("note", "备注不能超过 2000 字"));
        }
        return problems;
    }

    /** The identity of a person within one office: the same name with the same phone is a duplicate. */
    String personKey() {
        return name.strip() + "\u0000" + phone.strip();
    }

    List<String> cleanSpecialties() {
        return specialties.stream().map(String::strip).distinct().toList();
    }

    ExpertLevel levelValue() {
        return level(level);
    }

    ExpertAvailability availabilityValue() {
        return blank(availability) ? ExpertAvailability.available : availability(availability);
    }

    static ExpertLevel level(String value) {
        return lookup(value, LEVEL_LABELS, ExpertLevel::lookupLiteral);
    }

    static ExpertAvailability availability(String value) {
        return lookup(value, AVAILABILITY_LABELS, ExpertAvailability::lookupLiteral);
    }

    static String optional(String value) {
        return blank(value) ? null : value.strip();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <E> E lookup(String value, Map<E, String> labels, java.util.function.Function<String, E> literal) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        E byLiteral = literal.apply(v);
        return byLiteral != null ? byLiteral
                : labels.entrySet().stream().filter(e -> e.getValue().equals(v)).map(Map.Entry::getKey).findFirst()
                        .orElse(null);
    }
}
