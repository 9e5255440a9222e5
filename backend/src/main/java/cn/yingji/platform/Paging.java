package cn.yingji.platform;

/**
 * Page parameters of every list endpoint: page from 0, at most 100 rows a page, and no deeper than the first
 * {@value #MAX_WINDOW} rows — Elasticsearch's {@code max_result_window}, and the same bound for the lists read from
 * PostgreSQL, so every list pages alike and no offset can overflow.
 */
public final class Paging {

    public static final int MAX_WINDOW = 10_000;

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw ApiException.badRequest("invalid-page", "分页参数无效：page ≥ 0，size 取 1–100");
        }
        if ((long) page * size + size > MAX_WINDOW) {
            throw ApiException.badRequest("page-too-deep",
                    "分页过深：最多浏览前 " + MAX_WINDOW + " 条结果，请缩小查询范围");
        }
    }
}
