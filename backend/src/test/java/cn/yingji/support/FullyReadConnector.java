package cn.yingji.support;

import java.net.URI;
import java.util.function.Function;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpResponse;
import org.springframework.http.client.reactive.ClientHttpResponseDecorator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The tests' HTTP connector reads every response body to the end and hands it on as plain heap bytes. A test that
 * checks only the status never subscribes to the body, and Reactor Netty's pooled buffers of that body were never
 * released (Netty's {@code LEAK: ByteBuf.release() was not called}, issue 11 item 13: the leak was the test
 * client's, on {@code HttpClientCodec}, not the application's).
 */
final class FullyReadConnector implements ClientHttpConnector {

    private final ClientHttpConnector delegate;

    FullyReadConnector(ClientHttpConnector delegate) {
        this.delegate = delegate;
    }

    @Override
    public Mono<ClientHttpResponse> connect(HttpMethod method, URI uri,
            Function<? super ClientHttpRequest, Mono<Void>> requestCallback) {
        return delegate.connect(method, uri, requestCallback).flatMap(response -> DataBufferUtils.join(response.getBody())
                .map(joined -> {
                    byte[] bytes = new byte[joined.readableByteCount()];
                    joined.read(bytes);
                    DataBufferUtils.release(joined);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .map(bytes -> new ClientHttpResponseDecorator(response) {
                    @Override
                    public Flux<org.springframework.core.io.buffer.DataBuffer> getBody() {
                        return Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes));
                    }
                }));
    }
}
