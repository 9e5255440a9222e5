package cn.yingji.plans;

import java.util.List;
import java.util.Set;

import cn.yingji.platform.ApiException;

/** 事件类型: the kinds of emergency a plan covers, in the offices' own words (domain.md). */
public final class EventTypes {

    public static final List<String> ALL = List.of("气象灾害", "地质灾害", "洪涝灾害", "水旱灾害", "低温雨雪冰冻", "森林火灾", "地震",
            "生产安全事故", "火灾", "危险化学品", "煤矿", "非煤矿山", "建筑施工", "水上交通", "道路交通", "铁路", "燃气",
            "大面积停电", "环境污染", "公共卫生", "食品安全", "群体性事件", "旅游安全", "校园安全", "网络与信息安全",
            "文化文物场馆", "海上搜救", "金融安全", "反恐");

    private static final Set<String> KNOWN = Set.copyOf(ALL);

    public static boolean isKnown(String type) {
        return KNOWN.contains(type);
    }

    private EventTypes() {
    }

    public static List<String> validate(List<String> eventTypes) {
        List<String> values = eventTypes == null ? List.of() : eventTypes.stream().distinct().toList();
        for (String type : values) {
            if (!isKnown(type)) {
                throw ApiException.badRequest("invalid-event-type", "未知的事件类型：" + type);
            }
        }
        return values;
    }
}
