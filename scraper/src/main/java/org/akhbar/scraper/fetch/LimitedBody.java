package org.akhbar.scraper.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit. Past the limit the subscription is
 * cancelled, which closes the connection: a 50 MB page costs at most {@code maxBytes} of
 * memory and transfer, not 50 MB.
 */
final class LimitedBody {
    /** The body as read; {@code tooLarge} when the limit cut it short or the declared length exceeded it. */
    record Body(byte[] bytes, boolean tooLarge) {}

    private LimitedBody() {}

    /** A subscriber that keeps at most {@code maxBytes}. */
    static HttpResponse.BodySubscriber<Body> upTo(long maxBytes) {
        return new Subscriber(maxBytes);
    }

    /** A subscriber that reads nothing and reports the body too large (declared Content-Length). */
    static HttpResponse.BodySubscriber<Body> tooLarge() {
        return new Subscriber(-2);
    }

    /** A subscriber that reads nothing: for redirects and refused types. */
    static HttpResponse.BodySubscriber<Body> discard() {
        return new Subscriber(-1);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<Body> {
        private final long maxBytes;
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Subscriber(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (maxBytes < 0) {
                s.cancel();
                result.complete(new Body(new byte[0], maxBytes == -2));
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : buffers) {
                int n = b.remaining();
                if (out.size() + (long) n > maxBytes) {
                    subscription.cancel();
                    result.complete(new Body(new byte[0], true));
                    return;
                }
                byte[] chunk = new byte[n];
                b.get(chunk);
                out.write(chunk, 0, n);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(new Body(out.toByteArray(), false));
        }
    }
}
