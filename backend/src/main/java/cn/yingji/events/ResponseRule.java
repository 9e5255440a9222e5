package cn.yingji.events;

import java.util.List;

import org.jspecify.annotations.Nullable;

import cn.yingji.platform.ApiException;

/**
 * 应急响应: what a tier may enter on an event given what it entered before — 启动 when it has no response in force,
 * 调整 to another level or 终止 while one is; again 启动 after a 终止 (the event flared up). Pure.
 */
final class ResponseRule {

    /** One earlier entry of the tier, oldest first. */
    record Entry(ResponseAction action, @Nullable ResponseLevel level) {
    }

    private ResponseRule() {
    }

    /** The level in force after {@code history}, or null. */
    static @Nullable ResponseLevel inForce(List<Entry> history) {
        return history.isEmpty() || history.getLast().action() == ResponseAction.END ? null : history.getLast().level();
    }

    /** Refuses what does not follow: 409 (start twice, adjust or end with none in force), 400 (no level, same level). */
    static void check(List<Entry> history, ResponseAction action, @Nullable ResponseLevel level) {
        ResponseLevel current = inForce(history);
        if (action != ResponseAction.END && level == null) {
            throw ApiException.badRequest("response-level-required", "启动或调整应急响应须选择响应级别");
        }
        if (action == ResponseAction.END && level != null) {
            throw ApiException.badRequest("response-level-not-allowed", "终止应急响应不选择响应级别");
        }
        switch (action) {
            case START -> {
                if (current != null) {
                    throw ApiException.conflict("response-in-force",
                            "本级已启动" + current.label() + "应急响应，请调整或终止");
                }
            }
            case ADJUST, END -> {
                if (current == null) {
                    throw ApiException.conflict("response-not-in-force", "本级尚未启动应急响应（或已终止）");
                }
                if (action == ResponseAction.ADJUST && current == level) {
                    throw ApiException.badRequest("response-level-unchanged", "响应级别未变化：已是" + current.label());
                }
            }
        }
    }
}
