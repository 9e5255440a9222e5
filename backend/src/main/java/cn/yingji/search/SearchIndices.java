package cn.yingji.search;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The names of the search indices: {@code yingji.search.index-prefix} followed by the kind ({@code plans},
 * {@code cases}, …). The prefix follows the database by default ({@code yingji-} for the database {@code yingji}), so
 * several databases can share one Elasticsearch — developers' clones and their test databases, or a staging system
 * beside production — without one reading or overwriting the other's documents.
 */
@Component
public class SearchIndices {

    /** What Elasticsearch accepts at the start of an index name: lower case, no separators or wildcards. */
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_.-]*");

    private final String prefix;

    SearchIndices(@Value("${yingji.search.index-prefix:yingji-}") String prefix) {
        String lower = prefix.strip().toLowerCase(Locale.ROOT);
        if (!PREFIX.matcher(lower).matches()) {
            throw new IllegalStateException("yingji.search.index-prefix '" + prefix
                    + "' is not a valid start of an Elasticsearch index name (letters, digits, _ . -)");
        }
        this.prefix = lower;
    }

    /** The index of a kind of record, e.g. {@code yingji-plans}. */
    public String name(String kind) {
        return prefix + kind;
    }
}
