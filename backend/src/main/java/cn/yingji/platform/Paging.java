package cn.yingji.platform;

/** Page parameters of every list endpoint: page from 0, at most 100 rows a page. */
public final class Paging {

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw ApiException.badRequest("invalid-page", "分页参数无效：page ≥ 0，size 取 1–100");
        }
    }
}
