package cn.yingji.plans;

import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How well one ranking answers one judged query, in the top {@code k} (docs/search-quality.md), with binary gains:
 * <ul>
 * <li>{@code recall}: the share of the relevant documents in the top k;</li>
 * <li>{@code reciprocalRank}: 1 / the rank of the first relevant document in the top k, 0 when there is none
 * (averaged over the queries: MRR);</li>
 * <li>{@code ndcg}: the discounted cumulative gain, Σ 1/log2(rank + 1) over the relevant documents in the top k,
 * divided by the gain of an ideal ranking (all the relevant documents first, at most k of them).</li>
 * </ul>
 */
record RankingScore(double recall, double reciprocalRank, double ndcg) {

    /** The metrics the report and the guards read, by their names in the tables. */
    enum Metric {
        RECALL("recall@10", RankingScore::recall), RECIPROCAL_RANK("MRR", RankingScore::reciprocalRank),
        NDCG("nDCG@10", RankingScore::ndcg);

        final String label;
        final ToDoubleFunction<RankingScore> value;

        Metric(String label, ToDoubleFunction<RankingScore> value) {
            this.label = label;
            this.value = value;
        }

        double of(RankingScore score) {
            return value.applyAsDouble(score);
        }

        /** The mean over the queries of a set. */
        double mean(List<RankingScore> scores) {
            return scores.stream().mapToDouble(value).average().orElse(0);
        }
    }

    static RankingScore at(int k, List<String> ranked, Set<String> relevant) {
        if (relevant.isEmpty()) {
            throw new IllegalArgumentException("a judged query has at least one relevant document");
        }
        List<String> top = ranked.subList(0, Math.min(k, ranked.size()));
        int found = 0;
        double reciprocalRank = 0;
        double dcg = 0;
        for (int i = 0; i < top.size(); i++) {
            if (relevant.contains(top.get(i))) {
                found++;
                dcg += gainAt(i);
                if (reciprocalRank == 0) {
                    reciprocalRank = 1.0 / (i + 1);
                }
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += gainAt(i);
        }
        return new RankingScore((double) found / relevant.size(), reciprocalRank, dcg / ideal);
    }

    /** The discounted gain of a relevant document at the 0-based position {@code i}: 1 / log2(rank + 1). */
    private static double gainAt(int i) {
        return Math.log(2) / Math.log(i + 2);
    }
}
