package org.akhbar.samplesite.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The dynamic pages under {@code /traps/} that robustness tests aim at a fetcher: each
 * misbehaves in one deterministic way. Static traps (a truncated feed, malformed and
 * mislabelled pages, an image) are plain files and are not handled here.
 */
public final class Traps {

    /** How much {@code /traps/huge.html} streams when no {@code mb} parameter is given. */
    public static final int DEFAULT_HUGE_MEGABYTES = 50;

    private static final int MAX_SLOW_SECONDS = 600;
    private static final int MAX_CHAIN = 100;
    private static final int MAX_HUGE_MEGABYTES = 1024;
    private static final byte[] HUGE_HEAD = ("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            + "<title>صفحة بلا نهاية</title></head><body>\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] HUGE_TAIL = "</body></html>\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] HUGE_BLOCK = hugeBlock();

    private final String base;

    /** @param base the running server's base URL, used to build absolute redirect targets */
    public Traps(String base) {
        this.base = base;
    }

    /**
     * Answers the exchange if its path is a dynamic trap.
     *
     * @return true when the exchange was answered
     */
    public boolean handle(HttpExchange exchange, String path) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        switch (path) {
            case "/traps/slow.html" -> slow(exchange, intParam(query, "seconds").orElse(5));
            case "/traps/huge.html" -> huge(exchange, intParam(query, "mb").orElse(DEFAULT_HUGE_MEGABYTES));
            case "/traps/redirect-loop" -> redirect(exchange, base + "/traps/redirect-loop");
            case "/traps/redirect-chain" -> chain(exchange, intParam(query, "n").orElse(10));
            case "/traps/500" -> html(exchange, 500, "<html><body><h1>خطأ داخلي في الخادم</h1></body></html>");
            default -> {
                return false;
            }
        }
        return true;
    }

    private void slow(HttpExchange exchange, int seconds) throws IOException {
        try {
            Thread.sleep(1000L * clamp(seconds, 0, MAX_SLOW_SECONDS));
        } catch (InterruptedException e) {
            // the server is closing: give up on the answer, the client sees a dropped connection
            Thread.currentThread().interrupt();
            exchange.close();
            return;
        }
        html(exchange, 200, "<html><head><meta charset=\"utf-8\"><title>صفحة بطيئة</title></head>"
                + "<body><p>وصلت هذه الصفحة بعد انتظار طويل.</p></body></html>");
    }

    private void huge(HttpExchange exchange, int megabytes) throws IOException {
        long target = (long) clamp(megabytes, 1, MAX_HUGE_MEGABYTES) * 1024 * 1024;
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        // length 0 = chunked: the client cannot learn the size up front and must cap it itself
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            if (exchange.getRequestMethod().equals("HEAD")) {
                return;
            }
            out.write(HUGE_HEAD);
            long written = HUGE_HEAD.length + HUGE_TAIL.length;
            while (written < target) {
                out.write(HUGE_BLOCK);
                written += HUGE_BLOCK.length;
            }
            out.write(HUGE_TAIL);
        } catch (IOException clientGaveUp) {
            // a client that stops reading is the expected, polite outcome of this trap
        }
    }

    private void chain(HttpExchange exchange, int n) throws IOException {
        int remaining = clamp(n, 0, MAX_CHAIN);
        if (remaining == 0) {
            html(exchange, 200, "<html><head><meta charset=\"utf-8\"><title>نهاية السلسلة</title></head>"
                    + "<body><p>انتهت سلسلة التحويلات هنا.</p></body></html>");
        } else {
            redirect(exchange, base + "/traps/redirect-chain?n=" + (remaining - 1));
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        Responses.send(exchange, status, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Integer> intParam(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                try {
                    return Optional.of(Integer.parseInt(pair.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static byte[] hugeBlock() {
        String paragraph = "<p>هذه فقرة مكررة في صفحة ضخمة، وضعت لاختبار قدرة الزاحف على التوقف عن القراءة "
                + "عندما يتجاوز حجم الصفحة الحد المسموح به.</p>\n";
        return paragraph.repeat(64).getBytes(StandardCharsets.UTF_8);
    }
}
