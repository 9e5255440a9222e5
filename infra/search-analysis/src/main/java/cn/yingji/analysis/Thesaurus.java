package cn.yingji.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The national thesaurus (同义词库) bundled with the plugin: {@value #RESOURCE}, Solr synonym format, every group
 * under a {@code # 来源：} line naming the law, standard, plan or customer document that uses its words. Its
 * entries are segmented by {@link ChineseWordsAnalyzer}, the analyzer of the indexed text, so a multi-word entry
 * (堤防决口) matches the words the index holds (堤防 / 决口).
 */
final class Thesaurus {

    static final String RESOURCE = "thesaurus.txt";

    private static volatile SynonymMap map;

    private Thesaurus() {
    }

    /** The parsed thesaurus, built once per node. */
    static SynonymMap map() {
        SynonymMap m = map;
        if (m == null) {
            synchronized (Thesaurus.class) {
                m = map;
                if (m == null) {
                    m = parse();
                    map = m;
                }
            }
        }
        return m;
    }

    private static SynonymMap parse() {
        try (InputStream in = Thesaurus.class.getResourceAsStream(RESOURCE);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                Analyzer analyzer = new ChineseWordsAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the thesaurus " + RESOURCE, e);
        } catch (ParseException e) {
            throw new IllegalStateException("thesaurus " + RESOURCE + " line " + e.getErrorOffset() + ": "
                    + e.getMessage(), e);
        }
    }
}
