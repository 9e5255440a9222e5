package cn.yingji.searchterms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.yingji.platform.ApiException;

/**
 * The rules of a 检索同义词组 (a group of search terms a province declares equivalent): 2–20 terms, each 1–20
 * characters without blanks, none twice. Migration V23 checks the same (the database is the last line); these answer
 * the client with a Chinese reason first.
 */
final class SearchTermRules {

    static final int MIN_TERMS = 2;
    static final int MAX_TERMS = 20;
    static final int MAX_TERM_LENGTH = 20;
    static final int MAX_NOTE_LENGTH = 200;

    private SearchTermRules() {
    }

    /** The group's terms, each stripped, in the order given; 400 with a stable code when the group breaks a rule. */
    static List<String> terms(List<String> raw) {
        if (raw == null || raw.size() < MIN_TERMS || raw.size() > MAX_TERMS) {
            throw ApiException.badRequest("search-terms-count",
                    "一组检索同义词须有 " + MIN_TERMS + "–" + MAX_TERMS + " 个词");
        }
        Set<String> terms = new LinkedHashSet<>();
        for (String term : raw) {
            String t = term == null ? "" : term.strip();
            if (t.isEmpty()) {
                throw ApiException.badRequest("search-term-blank", "检索词不能为空");
            }
            if (t.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                throw ApiException.badRequest("search-term-blank", "检索词「" + t + "」不能含空格，请拆成两个词");
            }
            if (t.codePointCount(0, t.length()) > MAX_TERM_LENGTH) {
                throw ApiException.badRequest("search-term-too-long",
                        "检索词「" + t + "」超过 " + MAX_TERM_LENGTH + " 个字");
            }
            if (!terms.add(t)) {
                throw ApiException.badRequest("search-term-duplicate", "检索词「" + t + "」在本组中重复");
            }
        }
        return List.copyOf(terms);
    }

    /** The note (说明/来源), stripped; {@code null} when blank; 400 past {@link #MAX_NOTE_LENGTH} characters. */
    static String note(String raw) {
        String note = raw == null ? "" : raw.strip();
        if (note.codePointCount(0, note.length()) > MAX_NOTE_LENGTH) {
            throw ApiException.badRequest("search-term-note-too-long", "说明不能超过 " + MAX_NOTE_LENGTH + " 个字");
        }
        return note.isEmpty() ? null : note;
    }

    /** The key a query word is looked up by: Latin letters in either case find the same group (PM2.5, pm2.5). */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** Each term of the groups → the other terms of its group. */
    static Map<String, List<String>> alternatives(List<List<String>> groups) {
        Map<String, List<String>> alternatives = new HashMap<>();
        for (List<String> group : groups) {
            for (String term : group) {
                List<String> others = new ArrayList<>(group);
                others.remove(term);
                alternatives.merge(key(term), List.copyOf(others), (a, b) -> {
                    List<String> both = new ArrayList<>(a);
                    b.stream().filter(t -> !both.contains(t)).forEach(both::add);
                    return List.copyOf(both);
                });
            }
        }
        return Map.copyOf(alternatives);
    }
}
