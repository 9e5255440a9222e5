package cn.yingji.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * Sentence vectors (句向量) for semantic retrieval: BGE small zh v1.5, quantized, on ONNX Runtime inside the JVM
 * ({@value #DIMENSIONS} dimensions, L2-normalised, so a dot product is the cosine). The model is loaded once, in the
 * background when the app is ready (or by the first call before that), never on a request's event loop: every model call runs
 * on a small bounded pool of its own, and each call on one core ({@link #INTRA_OP_THREADS}): the pool's size is the
 * most of the machine the model ever takes, however many texts wait. Query vectors are kept in a bounded cache (the same words are searched again
 * and again). {@code yingji.search.embeddings.enabled=false} switches it all off (bulk loads at national scale):
 * documents are indexed without vectors and searches stay lexical (docs/search.md).
 */
@Component
public class Embeddings implements AutoCloseable {

    public static final int DIMENSIONS = 512;
    /** The field of every index that holds a document's vector. */
    public static final String FIELD = "embedding";
    /**
     * BGE's instruction for short retrieval queries (为这个句子生成表示以用于检索相关文章); measured on the quality set
     * (docs/search.md): it helps on short queries, so a query is embedded with it, a document without.
     */
    static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    /** A text is cut here before it is embedded: the model reads 512 tokens at most, the start says most. */
    static final int MAX_TEXT = 400;
    /**
     * Threads one model call uses. ONNX Runtime's default is every core per call, so two calls at once took the whole
     * machine from the requests beside them (measured: docs/benchmarks.md "Writes at 200/s").
     */
    static final int INTRA_OP_THREADS = 1;
    /** The model and its tokenizer, as the BGE artifact ships them on the classpath. */
    private static final String MODEL_FILE = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER_FILE = "bge-small-zh-v1.5-q-tokenizer.json";

    private static final Logger log = LoggerFactory.getLogger(Embeddings.class);

    /**
     * @param enabled        vectors computed and searched (off: lexical search only, documents without vectors)
     * @param threads        model calls running at once (each uses ONNX Runtime's own threads too)
     * @param queue          model calls waiting at most; past it a search goes on without its vector
     * @param queryCacheSize query vectors kept
     */
    @ConfigurationProperties("yingji.search.embeddings")
    public record EmbeddingsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2") int threads,
            @DefaultValue("64") int queue, @DefaultValue("2000") int queryCacheSize) {
    }

    private final EmbeddingsProperties properties;
    private final ThreadPoolExecutor executor;
    private final Map<String, float[]> queries;
    private volatile EmbeddingModel model;

    public Embeddings(EmbeddingsProperties properties) {
        this.properties = properties;
        this.executor = new ThreadPoolExecutor(properties.threads(), properties.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(properties.queue()), Thread.ofPlatform().name("embeddings-", 0).daemon()
                        .factory());
        this.executor.allowCoreThreadTimeOut(true);
        int max = properties.queryCacheSize();
        this.queries = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > max;
            }
        });
    }

    /** Loads the model in the background once the app is up, so that no search waits for it. */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        if (enabled()) {
            executor.execute(this::model);
        }
    }

    /** Whether vectors are computed and searched at all. */
    public boolean enabled() {
        return properties.enabled();
    }

    /** The vectors of documents' texts, in order, computed in one batch on the model's pool (the indexer's call). */
    public List<float[]> documents(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        return call(() -> model().embedAll(texts.stream().map(t -> TextSegment.from(cut(t))).toList()).content()
                .stream().map(Embedding::vector).map(Embeddings::normalized).toList());
    }

    /** The vector of a search's words (with the query instruction), from the cache when searched before. */
    public float[] query(String q) {
        String text = QUERY_INSTRUCTION + cut(q.strip());
        float[] cached = queries.get(text);
        if (cached != null) {
            return cached;
        }
        float[] vector = call(() -> normalized(model().embed(text).content().vector()));
        queries.put(text, vector);
        return vector;
    }

    /** The vector of a longer description (an unfolding event, a plan's start): a document, not a query. */
    public float[] text(String text) {
        return documents(List.of(text)).getFirst();
    }

    private <T> T call(Callable<T> work) {
        try {
            return executor.submit(work).get();
        } catch (RejectedExecutionException e) {
            throw new Busy(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing a sentence vector", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Loaded once, by the first model call (on the model's pool, never on a request thread). */
    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    long start = System.nanoTime();
                    m = load();
                    model = m;
                    log.info("embedding model BGE small zh v1.5 (quantized) loaded in {} ms",
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                }
            }
        }
        return m;
    }

    /**
     * BGE small zh v1.5 (quantized, CLS pooling, as its artifact defines it) in a session of {@link
     * #INTRA_OP_THREADS} thread; texts run in the calling thread: the pool is the one bound on concurrency.
     */
    private static EmbeddingModel load() {
        ClassLoader classes = Embeddings.class.getClassLoader();
        try (var modelFile = classes.getResourceAsStream(MODEL_FILE);
                var tokenizer = classes.getResourceAsStream(TOKENIZER_FILE);
                var options = new OrtSession.SessionOptions()) {
            if (modelFile == null || tokenizer == null) {
                throw new IllegalStateException("the BGE model is not on the classpath: " + MODEL_FILE);
            }
            options.setIntraOpNumThreads(INTRA_OP_THREADS);
            options.setInterOpNumThreads(1);
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment,
                    environment.createSession(modelFile.readAllBytes(), options), tokenizer, PoolingMode.CLS);
            return new InProcessModel(encoder);
        } catch (OrtException | java.io.IOException e) {
            throw new IllegalStateException("the BGE model could not be loaded", e);
        }
    }

    /** The encoder as langchain4j's in-process model, texts embedded one after the other in the calling thread. */
    private static final class InProcessModel extends AbstractInProcessEmbeddingModel {

        private final OnnxBertBiEncoder encoder;

        InProcessModel(OnnxBertBiEncoder encoder) {
            super(Runnable::run);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
        }
    }

    static String cut(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    /** The vector scaled to length 1 (Elasticsearch's cosine needs no zero vector; a dot product is then the cosine). */
    static float[] normalized(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum == 0) {
            return v;
        }
        float norm = (float) Math.sqrt(sum);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** The model's queue is full: a search goes on without its vector (lexical only), the indexer retries. */
    public static final class Busy extends RuntimeException {
        Busy(Throwable cause) {
            super("the embedding model's queue is full", cause);
        }
    }
}
